"""Finnish is the source language: its catalogue's translations are the source strings.

Run by `make messages` after makemessages, so translators never have to copy the
Finnish texts by hand and the completeness test sees a full Finnish catalogue.
"""

from pathlib import Path

import polib

catalogue_path = Path(__file__).resolve().parent.parent / "locale" / "fi" / "LC_MESSAGES" / "django.po"
catalogue = polib.pofile(str(catalogue_path))
for entry in catalogue:
    if entry.msgid_plural:
        entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
    else:
        entry.msgstr = entry.msgid
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = None
catalogue.metadata["Language"] = "fi"
catalogue.metadata_is_fuzzy = False
catalogue.save()
