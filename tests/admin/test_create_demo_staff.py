import re
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from .conftest import AREA_DATA_EDITORS, CONTENT_EDITORS

pytestmark = pytest.mark.django_db


def run():
    out = StringIO()
    call_command("create_demo_staff", stdout=out)
    return dict(re.findall(r"^(demo-\S+)\s+(\S+)", out.getvalue(), re.MULTILINE))


def test_creates_one_user_per_role_with_the_printed_password(client):
    passwords = run()
    assert set(passwords) == {"demo-sisalto", "demo-alue", "demo-admin"}
    assert len(set(passwords.values())) == 3
    for username, password in passwords.items():
        user = User.objects.get(username=username)
        assert user.is_staff and user.check_password(password)
    assert [g.name for g in User.objects.get(username="demo-sisalto").groups.all()] == [CONTENT_EDITORS]
    assert [g.name for g in User.objects.get(username="demo-alue").groups.all()] == [AREA_DATA_EDITORS]
    assert User.objects.get(username="demo-admin").is_superuser
    assert not User.objects.get(username="demo-alue").is_superuser

    response = client.post("/admin/login/", {"username": "demo-alue", "password": passwords["demo-alue"]})
    assert response.status_code == 302


def test_running_again_resets_the_passwords():
    first = run()
    second = run()
    assert User.objects.filter(username__startswith="demo-").count() == 3
    user = User.objects.get(username="demo-alue")
    assert not user.check_password(first["demo-alue"]) and user.check_password(second["demo-alue"])


def test_refuses_in_production(settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        call_command("create_demo_staff")
    assert not User.objects.filter(username__startswith="demo-").exists()
