"""Shared fixtures: a test database seeded once with the shipped data."""

import pytest
from django.core.cache import cache

from portal.management.commands.load_portal_data import load_all


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_all()


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()
