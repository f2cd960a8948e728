"""A staff save whose cache invalidation fails still commits, tells the staff member the truth, and
the invalidation is retried until it reaches the shared cache (issue 10, item 3)."""

import pytest
from django.core.cache import cache
from django.db import transaction

from portal import signals
from portal.models import Municipality

from .test_history import change_url
from .conftest import form_data

pytestmark = pytest.mark.django_db


class CacheAway(Exception):
    """What redis-py raises when the server cannot be reached (any exception will do)."""


@pytest.fixture
def commit_at_once(monkeypatch):
    """Run on-commit callbacks where the admin's own transaction commits, as in production
    (the test's wrapping transaction would otherwise hold them back)."""
    monkeypatch.setattr(signals.transaction, "on_commit", lambda func, using=None, robust=False: func())


@pytest.fixture
def cache_away(monkeypatch):
    real_set = cache.set
    state = {"away": True}

    def set_or_fail(*args, **kwargs):
        if state["away"]:
            raise CacheAway("connection refused")
        return real_set(*args, **kwargs)

    monkeypatch.setattr(cache, "set", set_or_fail)
    yield state
    signals.retry_pending_invalidation()


def test_a_save_while_the_cache_is_away_commits_and_says_so(admin_client, client, commit_at_once, cache_away):
    client.get("/fi/municipalities/235/")  # a snapshot and a cached page from before the save
    kauniainen = Municipality.objects.get(code="235")
    data = form_data(admin_client.get(change_url(kauniainen)))
    data["name_fi"] = "Kauniaisten kaupunki"
    response = admin_client.post(change_url(kauniainen), data, follow=True)
    assert response.status_code == 200
    assert Municipality.objects.get(code="235").name_fi == "Kauniaisten kaupunki"
    warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
    assert any("välimuisti" in text for text in warnings), warnings

    cache_away["away"] = False  # the cache is back: the next public request retries the invalidation
    assert "Kauniaisten kaupunki" in client.get("/fi/municipalities/235/").content.decode()
    assert not signals.invalidation_pending()
