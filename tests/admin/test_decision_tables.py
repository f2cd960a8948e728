"""Staff download the generated decision tables from beside the admin."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

TABLE = "date,path,outcome\n2021-03-01,municipality=091,trial_client\n"


@pytest.fixture
def tables_dir(settings, tmp_path):
    settings.PORTAL_DECISION_TABLES_DIR = tmp_path
    (tmp_path / "eligibility.csv").write_text(TABLE, encoding="utf-8")
    return tmp_path


def download(client, name):
    return client.get(reverse("admin-decision-table", args=[name]))


def test_staff_download_a_table_as_csv(content_editor_client, tables_dir):
    response = download(content_editor_client, "eligibility")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'attachment; filename="eligibility.csv"' == response["Content-Disposition"]
    assert b"".join(response.streaming_content).decode() == TABLE


def test_unknown_table_is_404(admin_client, tables_dir):
    assert download(admin_client, "passwords").status_code == 404


def test_table_not_generated_yet_is_404(admin_client, tables_dir):
    assert download(admin_client, "move").status_code == 404


def test_path_tricks_do_not_reach_other_files(admin_client, tables_dir):
    assert admin_client.get("/admin/decision-tables/..%2Fsettings.csv").status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, tables_dir):
    response = download(client, "eligibility")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_logged_in_non_staff_user_cannot_download(client, tables_dir, django_user_model):
    client.force_login(django_user_model.objects.create_user("citizen", password="x" * 12))
    assert download(client, "eligibility").status_code == 302


@pytest.mark.parametrize("name", ["eligibility", "move"])
def test_the_committed_tables_are_served(admin_client, name):
    response = download(admin_client, name)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"date,")
