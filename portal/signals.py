"""Any change to the portal's data gives the data a new version, which empties every
cached snapshot and page (see portal/directory.py)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .directory import bump_data_version
from .models import (
    EmploymentArea,
    FaqEntry,
    LegalSource,
    Municipality,
    MunicipalityChange,
    TeOffice,
    TrialArea,
    TrialPeriod,
)


def _data_changed(sender, **kwargs):
    transaction.on_commit(bump_data_version)


for model in (TrialPeriod, TeOffice, TrialArea, Municipality, FaqEntry, EmploymentArea, MunicipalityChange, LegalSource):
    post_save.connect(_data_changed, sender=model, dispatch_uid=f"data-version-save-{model.__name__}")
    post_delete.connect(_data_changed, sender=model, dispatch_uid=f"data-version-delete-{model.__name__}")
