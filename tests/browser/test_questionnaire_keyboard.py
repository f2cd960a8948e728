"""Each questionnaire from its start page to a result with the keyboard alone (Tab, Space, Enter,
typing) and JavaScript switched off, in every language."""

import pytest

from .pages import LANGUAGES

pytestmark = pytest.mark.browser

MAX_TABS = 80


def tab_to(tab, selector):
    """Press Tab until the focused element matches `selector`; fail if it never does."""
    for _ in range(MAX_TABS):
        tab.keyboard.press("Tab")
        if tab.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector} on {tab.url}")


def press_and_wait(tab, key):
    with tab.expect_navigation() as navigation:
        tab.keyboard.press(key)
    response = navigation.value
    assert response.status == 200, f"{response.url} answered {response.status}"


def start(tab, language, flow):
    tab.goto(f"/{language}/{flow}/")
    tab_to(tab, "a.btn-start")
    press_and_wait(tab, "Enter")


def type_municipality(tab, key, name):
    tab_to(tab, f"#id_{key}")
    tab.keyboard.type(name)
    press_and_wait(tab, "Enter")  # implicit submission: the continue button is the form's default


def choose_first_option(tab, key):
    tab_to(tab, f"input[name={key}]")
    tab.keyboard.press("Space")
    assert tab.evaluate("k => document.querySelector(`input[name=${k}]:checked`) !== null", key)
    tab_to(tab, "button[name=next]")
    press_and_wait(tab, "Enter")


def question_key(tab):
    return tab.url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_eligibility_with_the_keyboard_only(tabs, language):
    tab = tabs.tab(language, javascript=False)
    start(tab, language, "eligibility")
    assert question_key(tab) == "municipality"
    type_municipality(tab, "municipality", "vanda")
    # today's answer after one question
    assert question_key(tab) == "result" and tab.locator(".result--trial_ended h1").count() == 1
    # then the trial's questions, on request
    tab_to(tab, ".result-offer a")
    press_and_wait(tab, "Enter")
    assert question_key(tab) == "jobseeker" and "when=trial" in tab.url and "municipality=092" in tab.url
    choose_first_option(tab, "jobseeker")  # unemployed
    assert question_key(tab) == "already_client"
    choose_first_option(tab, "already_client")  # yes: change security may apply from 2023, so the period
    assert question_key(tab) == "period"
    choose_first_option(tab, "period")  # 1.3.2021–31.5.2021
    assert question_key(tab) == "result"
    assert tab.locator(".result--client h1").count() == 1
    assert tab.locator("h1").count() == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_move_with_the_keyboard_only(tabs, language):
    tab = tabs.tab(language, javascript=False)
    start(tab, language, "move")
    type_municipality(tab, "from", "tampere")
    assert question_key(tab) == "to"
    type_municipality(tab, "to", "Helsingfors")
    assert question_key(tab) == "result"
    assert tab.locator(".result--new_employment_area h1").count() == 1
    tab_to(tab, ".result-offer a")
    press_and_wait(tab, "Enter")
    assert question_key(tab) == "client_now" and "when=trial" in tab.url
    choose_first_option(tab, "client_now")  # yes: moving back on request from 1.6.2021, so the period
    assert question_key(tab) == "period"
    choose_first_option(tab, "period")
    assert question_key(tab) == "result"
    assert tab.locator(".result--new_area h1").count() == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_near_miss_suggestion_is_followed_with_the_keyboard(tabs, language):
    tab = tabs.tab(language, javascript=False)
    tab.goto(f"/{language}/move/to/?from=091")
    type_municipality(tab, "to", "Tamprere")
    assert tab.locator(".error-summary").count() == 1
    tab_to(tab, ".suggestions a")
    press_and_wait(tab, "Enter")
    assert question_key(tab) == "result" and "to=837" in tab.url
