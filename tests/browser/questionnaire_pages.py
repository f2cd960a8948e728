"""The questionnaires' pages and states for the browser registry (pages.py adds them to PAGES).

Plain tuples, no import of pages.py (which imports this module): (name, path) for PAGES and
the fields of pages.FormSubmission for FORM_SUBMISSIONS.

Every question page, one error state per kind of question, and one result URL per outcome
(each result kind, each "depends"). Paths are without the language prefix. The results are
what the rules answer after the trial (today); tests/questionnaire/test_results.py checks that
each result URL shows the outcome its name says.
"""

_ELIGIBILITY_Q = "eligibility/{}/?municipality=091"
_UNEMPLOYED = "municipality=091&jobseeker=unemployed&short_unemployment=no"
_NO_GROUP_SO_FAR = _UNEMPLOYED + "&already_client=no&under_30=no&mother_tongue=fi&finnish_citizen=yes"

QUESTION_PAGES = [
    ("eligibility-start", "eligibility/"),
    ("eligibility-municipality", "eligibility/municipality/"),
    ("eligibility-jobseeker", "eligibility/jobseeker/?municipality=091"),
    ("eligibility-short-unemployment", "eligibility/short_unemployment/?municipality=091&jobseeker=unemployed"),
    ("eligibility-already-client", f"eligibility/already_client/?{_UNEMPLOYED}"),
    ("eligibility-under-30", f"eligibility/under_30/?{_UNEMPLOYED}&already_client=no"),
    ("eligibility-mother-tongue", f"eligibility/mother_tongue/?{_UNEMPLOYED}&already_client=no&under_30=no"),
    ("eligibility-finnish-citizen",
         f"eligibility/finnish_citizen/?{_UNEMPLOYED}&already_client=no&under_30=no&mother_tongue=fi"),
    ("eligibility-earnings-related", f"eligibility/earnings_related/?{_NO_GROUP_SO_FAR}"),
    ("eligibility-swedish-service",
         "eligibility/swedish_service/?municipality=837&jobseeker=unemployed&short_unemployment=no"
         "&already_client=no&under_30=yes"),
    ("move-start", "move/"),
    ("move-from", "move/from/"),
    ("move-to", "move/to/?from=837"),
    ("move-client-now", "move/client_now/?from=837&to=091"),
    ("move-swedish-service", "move/swedish_service/?from=837&to=398&client_now=yes"),
]

ERROR_PAGES = [
    ("eligibility-error-unknown-municipality", "eligibility/municipality/?municipality=xyzzy&next=1"),
    ("eligibility-error-no-choice", "eligibility/jobseeker/?municipality=091&next=1"),
    ("move-error-near-miss", "move/to/?from=091&to=Tamprere&next=1"),
    ("move-error-no-choice", "move/client_now/?from=837&to=091&next=1"),
]

# name -> (path, the outcome the result container must carry)
RESULTS = {
    "eligibility-result-client-no-earnings-related": (
        f"eligibility/result/?{_NO_GROUP_SO_FAR}&earnings_related=no", "client"),
    "eligibility-result-client-under-30": (
        "eligibility/result/?municipality=092&jobseeker=unemployed&short_unemployment=no&already_client=no"
        "&under_30=yes", "client"),
    "eligibility-result-client-foreign-language": (
        "eligibility/result/?municipality=091&jobseeker=services&already_client=no&under_30=no"
        "&mother_tongue=other", "client"),
    "eligibility-result-client-continuing": (
        "eligibility/result/?municipality=091&jobseeker=subsidised&already_client=yes", "client"),
    "eligibility-result-client-swedish-choice": (
        "eligibility/result/?municipality=837&jobseeker=unemployed&short_unemployment=no&already_client=no"
        "&under_30=yes&swedish_service=yes", "client"),
    "eligibility-result-not-in-trial-area": ("eligibility/result/?municipality=405", "not_client"),
    "eligibility-result-aland": ("eligibility/result/?municipality=478", "not_client"),
    "eligibility-result-employed": ("eligibility/result/?municipality=091&jobseeker=employed", "not_client"),
    "eligibility-result-short-unemployment": (
        "eligibility/result/?municipality=091&jobseeker=laid_off&short_unemployment=yes", "not_client"),
    "eligibility-result-no-group": (
        f"eligibility/result/?{_NO_GROUP_SO_FAR}&earnings_related=yes", "not_client"),
    "eligibility-result-register-first": (
        "eligibility/result/?municipality=091&jobseeker=not_registered", "register_first"),
    "eligibility-result-depends-earnings-related": (
        f"eligibility/result/?{_NO_GROUP_SO_FAR}&earnings_related=unsure", "depends"),
    "eligibility-result-depends-already-client": (
        "eligibility/result/?municipality=091&jobseeker=unemployed&short_unemployment=no&already_client=unsure"
        "&under_30=no&mother_tongue=fi&finnish_citizen=yes&earnings_related=yes", "depends"),
    "eligibility-result-depends-both": (
        "eligibility/result/?municipality=837&jobseeker=unemployed&short_unemployment=no&already_client=unsure"
        "&under_30=no&mother_tongue=fi&finnish_citizen=yes&earnings_related=unsure&swedish_service=yes",
        "depends"),
    "move-result-same-municipality": ("move/result/?from=837&to=837&client_now=yes&swedish_service=no", "same_area"),
    "move-result-same-area": ("move/result/?from=092&to=245&client_now=yes&swedish_service=no", "same_area"),
    "move-result-new-area": ("move/result/?from=837&to=091&client_now=yes", "new_area"),
    "move-result-new-area-swedish-choice": (
        "move/result/?from=837&to=398&client_now=yes&swedish_service=yes", "new_area"),
    "move-result-out-of-trials": ("move/result/?from=837&to=405", "te_office"),
    "move-result-between-non-trial": ("move/result/?from=405&to=285", "te_office"),
    "move-result-same-municipality-non-trial": ("move/result/?from=405&to=405", "te_office"),
    "move-result-check-eligibility": ("move/result/?from=405&to=837", "check_eligibility"),
    "move-result-depends": ("move/result/?from=837&to=398&client_now=unsure&swedish_service=no", "depends"),
}

RESULT_PAGES = [(name, path) for name, (path, _) in RESULTS.items()]

QUESTIONNAIRE_PAGES = QUESTION_PAGES + ERROR_PAGES + RESULT_PAGES

QUESTIONNAIRE_FORMS = [
    # Type a Swedish name without its accent and press Enter: the next question.
    ("eligibility-municipality", "eligibility/municipality/", [("#id_municipality", "borga")], "Enter",
     "input[name=jobseeker]", 7),
    # A near miss offers the right municipality as a link.
    ("move-to-near-miss", "move/to/?from=091", [("#id_to", "Tamprere")], "Enter", ".suggestions a"),
    # Choose a radio button and press the continue button: the result.
    ("eligibility-jobseeker-radio", "eligibility/jobseeker/?municipality=091", [("#id_jobseeker_5", None)],
     "button[name=next]", ".result[data-outcome=not_client]"),
    # Continue without choosing: the error summary.
    ("move-client-now-empty", "move/client_now/?from=837&to=091", [], "button[name=next]", ".error-summary"),
]
