"""Screenshots of the service at phone width for reviewers: `make screens` writes docs/screens/.

Starts the portal as the browser tests do (gunicorn, production settings, a fresh seeded SQLite
file in a temp directory) and photographs the start page, a question, a result and a "depends"
result at 390 × 844 CSS pixels, in Finnish and Swedish: docs/screens/<name>-<language>.png
(the first screen) and <name>-<language>-full.png (the whole page).

    python -m tests.browser.screens [--out DIR] [--width 390] [--height 844] [--lang fi,sv] [NAME=PATH ...]
"""

import argparse
import subprocess
import sys
from pathlib import Path

from .conftest import CHROMIUM, CHROMIUM_ARGS, GUNICORN_TEST_ARGS, ROOT, ServerPreparation

SCREENS = {
    "start": "",
    "question": "eligibility/jobseeker/?municipality=091",
    "result": "move/result/?from=837&to=091&client_now=yes",
    "depends": "move/result/?from=837&to=398&client_now=unsure&swedish_service=no",
}


def serve():
    """(base_url, gunicorn process, preparation) of a freshly prepared production-like server."""
    from .conftest import wait_until_answering

    preparation = ServerPreparation()
    preparation.start()
    preparation.join()
    if preparation.error:
        sys.exit(preparation.error)
    log_path = preparation.workdir / "gunicorn.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "-c", "config/gunicorn.conf.py", *GUNICORN_TEST_ARGS],
            cwd=ROOT, env=preparation.env, stdout=log, stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{preparation.port}"
    wait_until_answering(base_url, server, log_path)
    return base_url, server, preparation


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screens"))
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--height", type=int, default=844)
    parser.add_argument("--lang", default="fi,sv")
    parser.add_argument("screens", nargs="*", help="NAME=PATH (without the language prefix)")
    args = parser.parse_args(argv)
    screens = dict(s.split("=", 1) for s in args.screens) if args.screens else SCREENS
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    base_url, server, preparation = serve()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for language in args.lang.split(","):
                context = browser.new_context(
                    base_url=base_url, locale=language, java_script_enabled=False,
                    viewport={"width": args.width, "height": args.height},
                )
                tab = context.new_page()
                for name, path in screens.items():
                    tab.goto(f"/{language}/{path}", wait_until="load")
                    tab.screenshot(path=out / f"{name}-{language}.png")
                    tab.screenshot(path=out / f"{name}-{language}-full.png", full_page=True)
                    print(out / f"{name}-{language}.png")
                context.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
        preparation.cancel()


if __name__ == "__main__":
    main()
