"""The questionnaires' pages and states for the browser registry (pages.py adds them to PAGES).

Plain tuples, no import of pages.py (which imports this module): (name, path) for PAGES and
the fields of pages.FormSubmission for FORM_SUBMISSIONS.

Every question page (today's and the trial's, the period question included), one error state per
kind of question, and one result URL per outcome template (each outcome, each reason, client
group and kind of move, each "depends"). Paths are without the language prefix. The date in
question is today (after the trial), so trial answers carry `when=trial`;
tests/questionnaire/test_results.py checks that each result URL renders the outcome template
its entry names.
"""

_TRIAL = "when=trial"
_HELSINKI = f"{_TRIAL}&municipality=091"
_UNEMPLOYED = f"{_HELSINKI}&jobseeker=unemployed&already_client=no"
_NO_GROUP_SO_FAR = f"{_UNEMPLOYED}&under_30=no&mother_tongue=fi&finnish_citizen=yes"
_NOT_SHORT = "short_unemployment=no"
_BEFORE_2023 = "period=2021-06-01"  # the choice 1.6.2021–31.12.2022 (or to the end, where 2023 changed nothing)

QUESTION_PAGES = [
    ("eligibility-start", "eligibility/"),
    ("eligibility-municipality", "eligibility/municipality/"),
    ("eligibility-trial-start", f"eligibility/?{_TRIAL}"),
    ("eligibility-trial-municipality", f"eligibility/municipality/?{_TRIAL}"),
    ("eligibility-jobseeker", f"eligibility/jobseeker/?{_HELSINKI}"),
    ("eligibility-already-client", f"eligibility/already_client/?{_HELSINKI}&jobseeker=unemployed"),
    ("eligibility-under-30", f"eligibility/under_30/?{_UNEMPLOYED}"),
    ("eligibility-mother-tongue", f"eligibility/mother_tongue/?{_UNEMPLOYED}&under_30=no"),
    ("eligibility-finnish-citizen", f"eligibility/finnish_citizen/?{_UNEMPLOYED}&under_30=no&mother_tongue=fi"),
    ("eligibility-earnings-related", f"eligibility/earnings_related/?{_NO_GROUP_SO_FAR}"),
    ("eligibility-period", f"eligibility/period/?{_NO_GROUP_SO_FAR}&earnings_related=no"),
    ("eligibility-change-security",
         f"eligibility/change_security/?{_NO_GROUP_SO_FAR}&earnings_related=no&period=2023-01-01"),
    ("eligibility-short-unemployment", f"eligibility/short_unemployment/?{_UNEMPLOYED}&under_30=yes"),
    ("eligibility-swedish-service",
         f"eligibility/swedish_service/?{_TRIAL}&municipality=837&jobseeker=unemployed&already_client=no"
         "&under_30=yes&short_unemployment=no"),
    ("move-start", "move/"),
    ("move-from", "move/from/"),
    ("move-to", "move/to/?from=837"),
    ("move-trial-from", f"move/from/?{_TRIAL}"),
    ("move-client-now", f"move/client_now/?{_TRIAL}&from=837&to=091"),
    ("move-swedish-service", f"move/swedish_service/?{_TRIAL}&from=837&to=398&client_now=yes&{_BEFORE_2023}"),
    ("move-period", f"move/period/?{_TRIAL}&from=837&to=091&client_now=yes"),
    ("now-start", "now/"),
    ("now-municipality", "now/municipality/"),
]

ERROR_PAGES = [
    ("eligibility-error-unknown-municipality", "eligibility/municipality/?municipality=xyzzy&next=1"),
    ("eligibility-error-no-choice", f"eligibility/jobseeker/?{_HELSINKI}&next=1"),
    ("eligibility-error-no-period", f"eligibility/period/?{_NO_GROUP_SO_FAR}&earnings_related=no&next=1"),
    ("move-error-near-miss", "move/to/?from=091&to=Tamprere&next=1"),
    ("move-error-no-choice", f"move/client_now/?{_TRIAL}&from=837&to=091&next=1"),
    ("now-error-no-municipality", "now/municipality/?next=1"),
    ("now-error-near-miss", "now/municipality/?municipality=Tamprere&next=1"),
    ("now-error-unknown-municipality", "now/municipality/?municipality=xyzzy&next=1"),
]

# name -> (path, outcome, the outcome template it renders, relative to questionnaire/<flow>/outcomes/)
RESULTS = {
    # today
    "eligibility-result-today-employment-area": (
        "eligibility/result/?municipality=245", "trial_ended", "trial_ended/employment_area"),
    "eligibility-result-today-municipality-alone": (
        "eligibility/result/?municipality=091", "trial_ended", "trial_ended/municipality"),
    "eligibility-result-today-aland": ("eligibility/result/?municipality=478", "trial_ended", "trial_ended/aland"),
    "eligibility-result-today-merged": (
        "eligibility/result/?municipality=588", "trial_ended", "trial_ended/employment_area"),
    # the trial period
    "eligibility-result-client-no-earnings-related": (
        f"eligibility/result/?{_NO_GROUP_SO_FAR}&earnings_related=no&{_NOT_SHORT}&{_BEFORE_2023}", "client",
        "client/no_earnings_related"),
    "eligibility-result-client-under-30": (
        f"eligibility/result/?{_TRIAL}&municipality=092&jobseeker=unemployed&already_client=no&under_30=yes"
        f"&short_unemployment=no&{_BEFORE_2023}", "client", "client/under_30"),
    "eligibility-result-client-foreign-language": (
        f"eligibility/result/?{_HELSINKI}&jobseeker=services&already_client=no&under_30=no&mother_tongue=other"
        f"&{_BEFORE_2023}", "client", "client/foreign_language"),
    "eligibility-result-client-continuing": (
        f"eligibility/result/?{_HELSINKI}&jobseeker=subsidised&already_client=yes&{_BEFORE_2023}", "client",
        "client/continuing_client"),
    "eligibility-result-client-swedish-choice": (
        f"eligibility/result/?{_TRIAL}&municipality=837&jobseeker=unemployed&already_client=no&under_30=yes"
        f"&short_unemployment=no&swedish_service=yes&{_BEFORE_2023}", "client", "client/under_30"),
    "eligibility-result-client-short-unemployment": (
        f"eligibility/result/?{_HELSINKI}&jobseeker=laid_off&already_client=no&under_30=yes&short_unemployment=yes"
        f"&{_BEFORE_2023}", "client", "client/under_30"),
    "eligibility-result-not-in-trial-area": (
        f"eligibility/result/?{_TRIAL}&municipality=405", "not_client", "not_client/not_in_trial_area"),
    "eligibility-result-aland": (
        f"eligibility/result/?{_TRIAL}&municipality=478", "not_client", "not_client/not_in_trial_area"),
    "eligibility-result-employed": (
        f"eligibility/result/?{_HELSINKI}&jobseeker=employed&already_client=no", "not_client", "not_client/employed"),
    "eligibility-result-status-not-covered": (
        f"eligibility/result/?{_HELSINKI}&jobseeker=at_risk&already_client=no&period=2021-03-01", "not_client",
        "not_client/status_not_covered"),
    "eligibility-result-change-security": (
        f"eligibility/result/?{_NO_GROUP_SO_FAR}&earnings_related=no&change_security=yes&period=2023-01-01",
        "not_client", "not_client/change_security"),
    "eligibility-result-no-group": (
        f"eligibility/result/?{_NO_GROUP_SO_FAR}&earnings_related=yes", "not_client", "not_client/no_group"),
    "eligibility-result-register-first": (
        f"eligibility/result/?{_HELSINKI}&jobseeker=not_registered", "register_first", "register_first"),
    "eligibility-result-depends-earnings-related": (
        f"eligibility/result/?{_NO_GROUP_SO_FAR}&earnings_related=unsure&{_NOT_SHORT}&{_BEFORE_2023}", "depends",
        "depends"),
    "eligibility-result-depends-already-client": (
        f"eligibility/result/?{_HELSINKI}&jobseeker=unemployed&already_client=unsure&under_30=no&mother_tongue=fi"
        f"&finnish_citizen=yes&earnings_related=yes&{_BEFORE_2023}", "depends", "depends"),
    "eligibility-result-depends-both": (
        f"eligibility/result/?{_TRIAL}&municipality=837&jobseeker=unemployed&already_client=unsure&under_30=no"
        f"&mother_tongue=fi&finnish_citizen=yes&earnings_related=unsure&{_NOT_SHORT}&swedish_service=yes"
        f"&{_BEFORE_2023}",
        "depends", "depends"),
    # moves today
    "move-result-today-same-municipality": (
        "move/result/?from=837&to=837", "same_employment_area", "same_employment_area/same_municipality"),
    "move-result-today-merged": (
        "move/result/?from=588&to=507", "same_employment_area", "same_employment_area/same_municipality"),
    "move-result-today-same-employment-area": (
        "move/result/?from=245&to=753", "same_employment_area", "same_employment_area/same_employment_area"),
    "move-result-today-within-aland": (
        "move/result/?from=478&to=035", "same_employment_area", "same_employment_area/within_aland"),
    "move-result-today-new-employment-area": (
        "move/result/?from=837&to=091", "new_employment_area", "new_employment_area/other_employment_area"),
    "move-result-today-out-of-aland": (
        "move/result/?from=478&to=837", "new_employment_area", "new_employment_area/out_of_aland"),
    "move-result-today-into-aland": ("move/result/?from=837&to=478", "aland", "aland"),
    # moves during the trial
    "move-result-same-municipality": (
        f"move/result/?{_TRIAL}&from=837&to=837&client_now=yes&{_BEFORE_2023}", "same_area",
        "same_area/same_municipality"),
    "move-result-same-area": (
        f"move/result/?{_TRIAL}&from=092&to=245&client_now=yes&swedish_service=no&{_BEFORE_2023}", "same_area",
        "same_area/same_area"),
    "move-result-new-area": (
        f"move/result/?{_TRIAL}&from=837&to=091&client_now=yes&{_BEFORE_2023}", "new_area", "new_area"),
    "move-result-new-area-swedish-choice": (
        f"move/result/?{_TRIAL}&from=837&to=398&client_now=yes&swedish_service=yes&{_BEFORE_2023}", "new_area",
        "new_area"),
    "move-result-out-of-trials": (
        f"move/result/?{_TRIAL}&from=837&to=405", "te_office", "te_office/out_of_trials"),
    "move-result-between-non-trial": (
        f"move/result/?{_TRIAL}&from=405&to=285", "te_office", "te_office/between_non_trial"),
    "move-result-same-municipality-non-trial": (
        f"move/result/?{_TRIAL}&from=405&to=405", "te_office", "te_office/same_municipality"),
    "move-result-check-eligibility": (
        f"move/result/?{_TRIAL}&from=405&to=837", "check_eligibility", "check_eligibility"),
    "move-result-depends": (
        f"move/result/?{_TRIAL}&from=837&to=398&client_now=unsure&swedish_service=no&{_BEFORE_2023}", "depends",
        "depends"),
    # who serves me now (today only)
    "now-result-employment-area": (
        "now/result/?municipality=837", "employment_area", "employment_area/employment_area"),
    "now-result-municipality-alone": (
        "now/result/?municipality=091", "employment_area", "employment_area/municipality"),
    "now-result-merged": ("now/result/?municipality=588", "employment_area", "employment_area/employment_area"),
    "now-result-aland": ("now/result/?municipality=478", "aland", "aland"),
}

RESULT_PAGES = [(name, path) for name, (path, _, _) in RESULTS.items()]

QUESTIONNAIRE_PAGES = QUESTION_PAGES + ERROR_PAGES + RESULT_PAGES

QUESTIONNAIRE_FORMS = [
    # Type a Swedish name without its accent and press Enter: today's answer for Porvoo.
    ("eligibility-municipality", "eligibility/municipality/", [("#id_municipality", "borga")], "Enter",
     ".result--trial_ended h1"),
    # A near miss offers the right municipality as a link.
    ("move-to-near-miss", "move/to/?from=091", [("#id_to", "Tamprere")], "Enter", ".suggestions a"),
    # Choose a radio button and press the continue button: the result.
    ("eligibility-jobseeker-radio", f"eligibility/jobseeker/?{_HELSINKI}", [("#id_jobseeker_5", None)],
     "button[name=next]", "input[name=already_client]", 3),
    # The period question (three choices here): choose the last one, from 1.1.2023, and continue.
    ("eligibility-period-radio", f"eligibility/period/?{_NO_GROUP_SO_FAR}&earnings_related=no",
     [("#id_period_2", None)], "button[name=next]", "input[name=change_security]", 2),
    # Continue without choosing: the error summary.
    ("move-client-now-empty", f"move/client_now/?{_TRIAL}&from=837&to=091", [], "button[name=next]",
     ".error-summary"),
]
