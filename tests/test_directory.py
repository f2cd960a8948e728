import pytest
from django.core.cache import cache

from portal import directory

pytestmark = pytest.mark.django_db


def test_snapshot_is_rebuilt_when_the_data_version_changes():
    first = directory.get_directory()
    assert directory.get_directory() is first
    directory.bump_data_version()
    assert directory.get_directory() is not first


def test_pages_keep_working_when_the_shared_cache_is_away(client, monkeypatch):
    warm = directory.get_directory()

    def cache_down(*args, **kwargs):
        raise ConnectionError("redis is away")

    monkeypatch.setattr(cache, "get", cache_down)
    monkeypatch.setattr(cache, "get_many", cache_down)
    assert directory.get_directory() is warm
    response = client.get("/fi/areas/")
    assert response.status_code == 200
    assert len(response.context["area_list"]) == 25


def test_a_cold_worker_builds_from_the_database_when_the_cache_is_away(monkeypatch):
    monkeypatch.setattr(directory, "_snapshot", None)
    monkeypatch.setattr(cache, "get", lambda *a, **k: (_ for _ in ()).throw(ConnectionError("away")))
    assert len(directory.get_directory().municipalities) == 309
