"""Staff users per role, logged-in clients, and a helper that turns an admin form page into
the POST data a browser would send back."""

import pytest
from django.contrib.auth.models import Group, User

CONTENT_EDITORS = "Sisältöeditorit"
AREA_DATA_EDITORS = "Aluetietojen editorit"


def staff_user(username, group_name=None, **extra):
    user = User.objects.create_user(username, password="correct-horse-battery", is_staff=True, **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def superuser(db):
    return staff_user("paakayttaja", is_superuser=True)


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def content_editor_client(client, db):
    client.force_login(staff_user("sisalto", CONTENT_EDITORS))
    return client


@pytest.fixture
def area_editor_client(client, db):
    client.force_login(staff_user("alue", AREA_DATA_EDITORS))
    return client


def form_data(response):
    """The values of the admin change form on `response` (and its inlines), ready to POST."""
    data = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms.append(inline.formset.management_form)
        forms.extend(inline.formset.forms)
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is not None and value is not False:
                data[form.add_prefix(name)] = value
    # The hidden digest of the row as it was when the form opened (portal/admin/base.py).
    if response.context.get("portal_edit_token"):
        data["portal_edit_token"] = response.context["portal_edit_token"]
    return data
