"""Result pages at phone width: what comes first, how areas are named, which reason is given.

From a usability review at 390 px and 320 px. Assertions are on the response context, template
names and the order of elements, not on whole sentences.
"""

import re

import pytest

from portal.questionnaire import common
from portal.questionnaire.flows import move
from portal.questionnaire.engine import format_day
from tests.browser.questionnaire_pages import RESULTS

from .conftest import body

pytestmark = pytest.mark.django_db

TRIAL_RESULTS = [name for name, (path, _, _) in RESULTS.items() if "when=trial" in path]
NOW_BOX = 'class="result-find-out result-now"'


def get(client, path, language="fi"):
    response = client.get(f"/{language}/{path}", follow=True)
    assert response.status_code == 200
    return response


def main(response):
    return re.search(r"<main.*?</main>", body(response), re.S).group(0)


def templates(response):
    return [template.name for template in response.templates]


@pytest.mark.parametrize("name", TRIAL_RESULTS)
def test_a_trial_result_says_who_serves_today_before_the_answer(client, name):
    """Right under the trial verdict (the h1), before anything else the answer says; above the h1
    it would push the verdict off a phone's first screen (tests/browser/checks/first_screen.py)."""
    response = get(client, RESULTS[name][0])
    text = main(response)
    assert text.count(NOW_BOX) == 1
    now = text.index(NOW_BOX)
    h1_end = text.index("</h1>")
    assert h1_end < now
    assert not re.search(r"<(p|ul|h2|details)\b", text[h1_end:now])  # nothing of the answer before it
    assert now < text.index('id="today-title"')
    box = text[now:text.index("</div>", now)]
    assert str(response.context["today"]["serves_phrase"]) in box
    assert 'href="#today-title"' in box and 'id="today-title"' in text  # the full answer further down


@pytest.mark.parametrize("name", ["eligibility-result-today-employment-area", "move-result-today-new-employment-area"])
def test_a_result_about_today_has_no_now_box(client, name):
    assert NOW_BOX not in body(get(client, RESULTS[name][0]))


# --- one-member areas: "arranges the services itself", in both flows ---------------------------

LAHTI, TAMPERE, HELSINKI = "398", "837", "091"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("path, key", [
    (f"eligibility/result/?municipality={LAHTI}", "today"),
    (f"move/result/?from={TAMPERE}&to={LAHTI}", "today"),
    (f"move/result/?from={LAHTI}&to={TAMPERE}", "today_before"),
    (f"move/result/?from={HELSINKI}&to={TAMPERE}", "today_before"),
])
def test_a_municipality_arranging_alone_is_never_called_an_area(client, path, key, language):
    response = get(client, path, language)
    today = response.context[key]
    assert today["kind"] == "municipality"
    area_phrase = str(response.context["today"]["serves_phrase"]) if key == "today_before" else ""
    own = str(today["serves_phrase"])
    assert str(today["serves"]) in own and own != str(today["serves"])  # the name and "arranges ... itself"
    text = main(response)
    if path.startswith("move"):
        assert own in text
        # the other side is an area, named as one (with the word for an area)
        other = response.context["today" if key == "today_before" else "today_before"]
        assert other["kind"] == "employment_area"
        assert str(other["serves"]) in str(other["serves_phrase"]) != str(other["serves"])
        assert str(other["serves_phrase"]) in text
    else:
        assert "questionnaire/today/municipality.html" in templates(response)
    assert area_phrase in text


def test_the_same_municipality_is_phrased_alike_in_both_flows(client):
    eligibility = get(client, f"eligibility/result/?municipality={LAHTI}").context["today"]
    after = get(client, f"move/result/?from={TAMPERE}&to={LAHTI}").context["today"]
    before = get(client, f"move/result/?from={LAHTI}&to={TAMPERE}").context["today_before"]
    assert eligibility["kind"] == after["kind"] == before["kind"] == "municipality"
    assert eligibility["serves_phrase"] == after["serves_phrase"] == before["serves_phrase"]


@pytest.mark.parametrize("name", ["move-result-today-new-employment-area", "move-result-today-out-of-aland",
                                  "move-result-today-same-employment-area", "eligibility-result-today-employment-area"])
def test_the_serving_area_is_in_the_heading(client, name):
    response = get(client, RESULTS[name][0])
    heading = re.search(r"<h1>(.*?)</h1>", main(response), re.S).group(1)
    assert str(response.context["today"]["serves_phrase"]) in heading


# --- a merged municipality: the answer first, the merger note after it -----------------------------

PERTUNMAA, MANTYHARJU = "588", "507"


@pytest.mark.parametrize("path", [f"eligibility/result/?municipality={PERTUNMAA}",
                                  f"move/result/?from={TAMPERE}&to={PERTUNMAA}",
                                  f"move/result/?from={PERTUNMAA}&to={MANTYHARJU}"])
def test_the_serving_area_comes_before_the_merger_note(client, path):
    response = get(client, path)
    today = response.context["today"]
    assert today["municipality"].code == MANTYHARJU
    text = main(response)
    summary = text.index('class="answers-summary"')
    first_merger_mention = text.index("Pertunmaa")  # the name of the merged municipality, in any language
    assert first_merger_mention < summary  # the note is there
    assert text.index(str(today["serves_phrase"])) < first_merger_mention


# --- the reason given is the one that applied -------------------------------------------------------

_FOREIGN = "eligibility/result/?when=trial&municipality=091&jobseeker=services&already_client=no&under_30=no"


@pytest.mark.parametrize("answers, decided", [
    ("mother_tongue=sv&finnish_citizen=no", "citizenship"),
    ("mother_tongue=fi&finnish_citizen=no", "citizenship"),
    ("mother_tongue=other", "mother_tongue"),
])
def test_a_foreign_language_client_is_told_only_the_fact_that_decided(client, answers, decided):
    response = get(client, f"{_FOREIGN}&{answers}&period=2021-06-01")
    assert response.context["result"].groups[0] == "foreign_language"
    assert response.context["foreign_language_because"] == decided
    names = templates(response)
    assert f"questionnaire/eligibility/outcomes/client/_why_foreign_language_{decided}.html" in names
    other = {"citizenship": "mother_tongue", "mother_tongue": "citizenship"}[decided]
    assert f"questionnaire/eligibility/outcomes/client/_why_foreign_language_{other}.html" not in names


# --- Åland: AMS, not the new home municipality, not Job Market Finland -------------------------------

@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("path", ["move/result/?from=837&to=478", "move/result/?from=478&to=035"])
def test_a_move_to_aland_has_its_own_steps(client, path, language):
    response = get(client, path, language)
    names = templates(response)
    assert "questionnaire/move/_what_to_do_aland.html" in names
    assert "questionnaire/move/_what_to_do.html" not in names
    assert "tyomarkkinatori.fi" not in main(response)
    assert response.context["today"]["kind"] == "aland"


def test_a_move_to_the_mainland_keeps_the_ordinary_steps(client):
    response = get(client, "move/result/?from=478&to=837")
    assert "questionnaire/move/_what_to_do.html" in templates(response)
    assert "tyomarkkinatori.fi" in main(response)


# --- wording --------------------------------------------------------------------------------------

def test_a_no_answers_the_verb_person_of_its_question():
    """"Halusitko …?" – "En"; "Oliko …?", "Irtisanottiinko …?" – "Ei" (the Finnish source texts)."""
    from django.utils import translation

    from portal.questionnaire.registry import QUESTIONNAIRES

    assert common.SWEDISH_SERVICE.option("no") is common.NO_I_WAS_NOT
    checked = 0
    with translation.override("fi"):
        for flow in QUESTIONNAIRES:
            for question in flow.questions:
                no = question.option("no")
                if no is None:
                    continue
                verbs = [word.strip(",?").lower() for word in str(question.text).split()
                         if word.strip(",?").lower().endswith(("ko", "kö"))]
                second_person = [verb for verb in verbs if verb.endswith(("itko", "itkö", "itteko"))]
                expected = "En" if second_person and len(second_person) == len(verbs) else "Ei"
                assert str(no.label) == expected, (flow.slug, question.key, verbs)
                checked += 1
    assert checked >= 8


def test_the_summary_of_a_move_in_the_trial_is_in_the_past_tense(client):
    trial = get(client, RESULTS["move-result-new-area"][0]).context["summary"]
    today = get(client, RESULTS["move-result-today-new-employment-area"][0]).context["summary"]
    origin = move.FLOW.by_key["from"]
    assert trial[0]["key"] == today[0]["key"] == "from"
    assert trial[0]["question"] == origin.trial_summary != origin.summary
    assert today[0]["question"] == origin.summary


def test_the_legal_basis_names_each_provision_once(client):
    for name, (path, _, _) in RESULTS.items():
        for act in get(client, path).context["legal_basis"]:
            keys = [(p["chapter"], p["section"]) for p in act["provisions"]]
            assert len(keys) == len(set(keys)), (name, act["act"], keys)


def test_the_caption_calls_a_part_of_the_trial_a_period(client):
    part = get(client, RESULTS["eligibility-result-client-under-30"][0])
    assert part.context["span"] and not part.context["whole_trial"]
    whole = get(client, RESULTS["eligibility-result-not-in-trial-area"][0])
    assert whole.context["whole_trial"]
    caption = re.compile(r'<span class="questionnaire-caption__period">(.*?)</span>')
    assert caption.search(body(part)).group(1) != caption.search(body(whole)).group(1).replace(
        format_day(whole.context["span"][0]), format_day(part.context["span"][0])).replace(
        format_day(whole.context["span"][1]), format_day(part.context["span"][1]))


def test_english_dates_are_written_out(client):
    response = get(client, RESULTS["eligibility-result-client-under-30"][0], "en")
    text = main(response)
    start = response.context["span"][0]
    assert f"{start.day} {start.strftime('%B')} {start.year}" in text
    assert not re.search(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b", re.sub(r"<[^>]+>", " ", text))
    finnish = main(get(client, RESULTS["eligibility-result-client-under-30"][0], "fi"))
    assert f"{start.day}.{start.month}.{start.year}" in finnish
