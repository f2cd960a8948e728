"""Reverting a trial area: its own fields and which municipalities belong to it, nothing more."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from portal.models import Municipality, TrialArea


def restore_area_version(area_version):
    """Put the area of `area_version` back as it was then, members included.

    An area's revision also holds its member municipalities (the area follows them). Reverting
    the whole revision would roll back every member's names and region to that day too, and
    revert(delete=True) would DELETE a municipality that joined the area later. Here a
    municipality that joined later only leaves the area, one that left comes back, and the
    members' other fields stay as they are now. Each row saved is recorded in the revision
    that is open (the admin's revert opens one), so its history says what the revert moved.
    """
    municipality_type = ContentType.objects.get_for_model(Municipality)
    area_version.revert()
    area = TrialArea.objects.get(pk=area_version.object_id)
    members_then = {
        int(v.object_id)
        for v in area_version.revision.version_set.filter(content_type=municipality_type)
        if v.field_dict["area_id"] == area.pk
    }
    for municipality in Municipality.objects.filter(Q(area=area) | Q(pk__in=members_then)):
        wanted = area.pk if municipality.pk in members_then else None
        if municipality.area_id != wanted:
            municipality.area_id = wanted
            municipality.save(update_fields=["area"])
