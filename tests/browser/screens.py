"""Screenshots of the service at phone width for reviewers: `make screens` writes docs/screens/.

Starts the portal as the browser tests do (gunicorn, production settings, a fresh seeded SQLite
file in a temp directory) and photographs, without JavaScript, the start page, a question, a
result of today's rules, a trial-period result and a "depends" result at 390 × 844 CSS pixels, in
Finnish and Swedish: docs/screens/<name>-<language>.png (the first screen) and
<name>-<language>-full.png (the whole page).

    python -m tests.browser.screens [--out DIR] [--width 390] [--height 844] [--lang fi,sv] [NAME=PATH ...]
"""

import argparse
import subprocess
import sys
from pathlib import Path

from .conftest import CHROMIUM, CHROMIUM_ARGS, GUNICORN_TEST_ARGS, ROOT, ServerPreparation

# name -> a page of the browser registry (tests/browser/pages.py), so the paths follow the flows.
SCREENS = {
    "start": "start",
    "question": "eligibility-jobseeker",
    "result": "move-result-today-new-employment-area",
    "trial-result": "eligibility-result-client-under-30",
    "depends": "eligibility-result-depends-earnings-related",
}


def registry_paths() -> dict[str, str]:
    from .pages import PAGES

    paths = {page.name: page.path for page in PAGES}
    return {name: paths[page_name] for name, page_name in SCREENS.items()}


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
    parser.add_argument("--measure", action="store_true",
                        help="print the harness's measures over every registered page instead of photographing")
    parser.add_argument("screens", nargs="*", help="NAME=PATH (without the language prefix)")
    args = parser.parse_args(argv)
    screens = dict(s.split("=", 1) for s in args.screens) if args.screens else registry_paths()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    base_url, server, preparation = serve()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            if args.measure:
                report_measures(browser, base_url)
                return
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


def report_measures(browser, base_url):
    """Per language: the h1's top at 390 × 844 and its first line's bottom at 320 × 568 (worst
    question/result page), the start page's buttons and header, the lowest control contrast and
    the widest line of body text at 1280 px, over every registered page."""
    from .measure import CONTROLS, FIRST_SCREEN, READING_WIDTH
    from .pages import LANGUAGES, PAGES
    from .questionnaire_pages import QUESTIONNAIRE_PAGES

    questionnaire = {name for name, _ in QUESTIONNAIRE_PAGES}
    for language in LANGUAGES:
        context = browser.new_context(base_url=base_url, locale=language, java_script_enabled=False)
        tab = context.new_page()
        worst_h1, worst_small, min_contrast, widest = (0, ""), (0, ""), (99, ""), (0, "")
        for page in PAGES:
            tab.set_viewport_size({"width": 390, "height": 844})
            tab.goto(f"/{language}/{page.path}", wait_until="load")
            first = tab.evaluate(FIRST_SCREEN)
            for control in tab.evaluate(CONTROLS):
                if control["boundary"] < min_contrast[0]:
                    min_contrast = (control["boundary"], f"{page.name}: {control['html'][:60]}")
            if page.name == "start":
                start = first
            if page.name in questionnaire and first["h1Top"] is not None:
                top = first["errorSummaryTop"] or first["h1Top"]
                worst_h1 = max(worst_h1, (round(top), page.name))
                tab.set_viewport_size({"width": 320, "height": 568})
                tab.goto(f"/{language}/{page.path}", wait_until="load")
                small = tab.evaluate(FIRST_SCREEN)
                bottom = (small["errorSummaryTop"] + 40) if small["errorSummaryTop"] else small["h1FirstLineBottom"]
                worst_small = max(worst_small, (round(bottom), page.name))
            tab.set_viewport_size({"width": 1280, "height": 900})
            tab.goto(f"/{language}/{page.path}", wait_until="load")
            wide = tab.evaluate(READING_WIDTH)
            widest = max(widest, (wide["chars"], page.name))
        print(f"[{language}] h1 top at 390x844, worst: {worst_h1[0]} px ({worst_h1[0] / 844:.0%}) {worst_h1[1]}")
        print(f"[{language}] h1 first line bottom at 320x568, worst: {worst_small[0]} px {worst_small[1]}")
        print(f"[{language}] start page: buttons end at {[round(b) for b in start['buttonsBottom']]} px, "
              f"header ends at {round(start['headerBottom'])} px, banner {start['bannerLines']} line(s)")
        print(f"[{language}] lowest control boundary contrast: {min_contrast[0]}:1 ({min_contrast[1]})")
        print(f"[{language}] widest body-text line at 1280 px: {widest[0]} characters ({widest[1]})")
        context.close()


if __name__ == "__main__":
    main()
