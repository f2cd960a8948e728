"""Today's date in Finland. One place, so tests can move time."""

from django.utils import timezone


def today():
    return timezone.localdate()
