import re, os
import pytest
from .conftest import body
pytestmark = pytest.mark.django_db
URLS = os.environ.get("SMOKE", "").split()

def test_smoke(client):
    for url in URLS:
        r = client.get(url)
        print(r.status_code, url, r.get("Location", ""))
        if r.status_code == 200:
            main = re.search(r"<main.*?</main>", body(r), re.S)
            text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main.group(0) if main else ""))
            print("   ", text[:1500])
