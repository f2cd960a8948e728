"""The result page's data-* attributes (the tests' oracle: outcome, reason, area, branches) are
rendered only when the setting PORTAL_RESULT_ORACLE is on: in the test settings and the browser
tests' server, never in production HTML."""

import re

import pytest

import config.settings as production_settings
from tests.browser.questionnaire_pages import RESULTS

pytestmark = pytest.mark.django_db

NAME = "eligibility-result-not-in-trial-area"
URL = f"/fi/{RESULTS[NAME][0]}"
DATA_ATTRIBUTE = re.compile(r"""\sdata-[a-z-]+=""")


def test_production_settings_leave_the_oracle_off():
    assert getattr(production_settings, "PORTAL_RESULT_ORACLE", False) is False


def test_the_result_page_carries_no_data_attribute_without_the_setting(client, settings):
    settings.PORTAL_PAGE_CACHE = False  # a page rendered with the oracle must not be served from memory
    settings.PORTAL_RESULT_ORACLE = False
    response = client.get(URL)
    assert response.status_code == 200
    assert DATA_ATTRIBUTE.findall(response.content.decode()) == []


def test_the_test_settings_render_the_outcome(client, settings):
    settings.PORTAL_PAGE_CACHE = False
    response = client.get(URL)
    assert f'data-outcome="{RESULTS[NAME][1]}"' in response.content.decode()
