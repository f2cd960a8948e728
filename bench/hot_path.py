"""The page-cache hit path, measured in process: µs per request of the WSGI application.

`make bench` measures server CPU under gunicorn and wrk, which takes minutes and both cores.
This calls config.wsgi's application directly, N times per page, with the settings the benchmark
uses (PORTAL_ENV=production, the page cache on, Redis if `redis-server` is installed, else a
file cache) and prints, for the warm question page, the warm result page and a whitenoise static
file (the reference), the best of ROUNDS rounds in µs per request, then the ratio static/question
and a cProfile of the question page.

Gunicorn's own work per request (HTTP parsing, writing the response, about 0.4 ms in
docs/benchmark.md) is not here, so the in-process ratio is lower than the benchmark's; what
counts is how many µs a change takes off the question page.

The database is a scratch SQLite file (HOT_PATH_DB, default /tmp/hot-db.sqlite3), migrated and
loaded with load_portal_data; static files are collected once into HOT_PATH_STATIC (default
/tmp/hot-static). Redis, when used, is started on a free loopback port and stopped at the end.

Usage: .venv/bin/python bench/hot_path.py [N]   (N requests per round, default 2000)
Knobs: HOT_PATH_ROUNDS (5), HOT_PATH_PROFILE (1: print the profile; 0: skip it),
HOT_PATH_CACHE (redis or file; default redis when redis-server is on PATH),
HOT_PATH_CONNECTIONS (--gunicorn: wrk's connections, default 1: one request at a time, the
steadiest figure; more add the threads' contention, as in the benchmark, and its noise).

`bench/hot_path.py --gunicorn [SECONDS]` instead starts gunicorn with ONE worker (the worker
class of config/gunicorn.conf.py) and loads each page with `wrk -t1 -c1` for SECONDS (default 3)
per round, the pages taking turns, and prints the worker's CPU µs per request (user + system,
as bench/run.py counts it) and the ratio: the benchmark's measure, in seconds instead of minutes.
"""

import cProfile
import http.client
import io
import os
import pstats
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DB = os.environ.get("HOT_PATH_DB", "/tmp/hot-db.sqlite3")
STATIC = os.environ.get("HOT_PATH_STATIC", "/tmp/hot-static")
ROUNDS = int(os.environ.get("HOT_PATH_ROUNDS", "5"))
PROFILE = os.environ.get("HOT_PATH_PROFILE", "1") != "0"
CONNECTIONS = int(os.environ.get("HOT_PATH_CONNECTIONS", "1"))  # --gunicorn only
HOST = "127.0.0.1"

PAGES = {
    "question": "/fi/eligibility/jobseeker/?when=trial&municipality=837",
    "result": (
        "/fi/eligibility/result/?when=trial&municipality=837&jobseeker=laid_off&already_client=unsure"
        "&under_30=no&mother_tongue=fi&finnish_citizen=no&short_unemployment=yes&swedish_service=no"
        "&period=2021-03-01"
    ),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_redis(workdir: str):
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--bind", HOST, "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", workdir],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection((HOST, port), timeout=0.1).close()
            return process, port
        except OSError:
            time.sleep(0.05)
    process.terminate()
    raise SystemExit("redis-server did not start")


def environment(workdir: str, redis_port: int | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_DEBUG", "PORTAL_CACHE_DIR"}}
    env.update(
        PORTAL_ENV="production",
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        PORTAL_OPERATOR_NAME="Hot path operator",
        PORTAL_FEEDBACK_EMAIL="palaute@bench.test",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_ALLOWED_HOSTS=f"{HOST},localhost,testserver",
        DATABASE_URL=f"sqlite:///{DB}",
        DJANGO_STATIC_ROOT=STATIC,
        LOG_LEVEL="WARNING",
    )
    if redis_port:
        env["REDIS_URL"] = f"redis://{HOST}:{redis_port}/0"
    else:
        env["PORTAL_CACHE_DIR"] = str(Path(workdir) / "cache")
    return env


def prepare(env: dict[str, str]) -> None:
    manage = [PYTHON, "manage.py"]
    fresh = not Path(DB).exists()
    subprocess.run(manage + ["migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    if fresh:
        subprocess.run(manage + ["load_portal_data"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    if not (Path(STATIC) / "staticfiles.json").exists():
        subprocess.run(manage + ["collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)


def wsgi_environ(path: str) -> dict:
    """What gunicorn hands the application for a plain GET from a browser."""
    path_info, _, query = path.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "RAW_URI": path,
        "SERVER_NAME": HOST,
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": HOST,
        "REMOTE_PORT": "40000",
        "HTTP_HOST": f"{HOST}:8000",
        "HTTP_USER_AGENT": "hot-path",
        "HTTP_ACCEPT": "text/html,application/xhtml+xml,*/*;q=0.8",
        "HTTP_ACCEPT_ENCODING": "br, gzip",
        "HTTP_ACCEPT_LANGUAGE": "fi,en;q=0.5",
        "HTTP_CONNECTION": "keep-alive",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


class FileWrapper:
    """gunicorn's wsgi.file_wrapper sends a file with sendfile(): no Python reads it."""

    def __init__(self, filelike, blksize=8192):
        self.filelike = filelike

    def close(self):
        self.filelike.close()


def request(application, path: str) -> tuple[str, list, bytes]:
    environ = wsgi_environ(path)
    environ["wsgi.file_wrapper"] = FileWrapper
    captured = []

    def start_response(status, headers, exc_info=None):
        captured.append((status, headers))

    result = application(environ, start_response)
    body = b"" if isinstance(result, FileWrapper) else b"".join(result)
    if hasattr(result, "close"):
        result.close()
    status, headers = captured[0]
    return status, headers, body


def per_request_us(application, pages: dict[str, str], n: int) -> dict[str, tuple[float, float]]:
    """page name -> (CPU µs, wall-clock µs) per request, each the best of ROUNDS rounds. The pages
    take turns within each round, so a burst of other work on the machine spoils a round of
    every page rather than all rounds of one. CPU time is this process's (time.process_time),
    as the benchmark counts the gunicorn worker's: waiting for Redis's answer is wall-clock only."""
    best = {name: (float("inf"), float("inf")) for name in pages}
    for _ in range(ROUNDS):
        for name, path in pages.items():
            wall, cpu = time.perf_counter(), time.process_time()
            for _ in range(n):
                request(application, path)
            cpu, wall = (time.process_time() - cpu) / n * 1e6, (time.perf_counter() - wall) / n * 1e6
            best[name] = (min(best[name][0], cpu), min(best[name][1], wall))
    return best


def under_gunicorn(env: dict[str, str], seconds: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from run import cpu_seconds, worker_pids

    port = free_port()
    env = {**env, "PORT": str(port), "HOST": HOST, "WEB_CONCURRENCY": "1", "GUNICORN_ACCESS_LOG": "/dev/null"}
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "config.wsgi", "-c", "config/gunicorn.conf.py",
         "--no-control-socket"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )

    def get(path: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection(HOST, port, timeout=10)
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, body

    try:
        for _ in range(150):
            try:
                if get("/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        css = re.search(rb'href="(/static/css/portal\.[0-9a-f]+\.css)"', get("/fi/")[1]).group(1).decode()
        pages = {**PAGES, "static file": css}
        for path in pages.values():
            for _ in range(3):
                assert get(path)[0] == 200, path
        pids = worker_pids(server.pid)
        best = {name: float("inf") for name in pages}
        for _ in range(ROUNDS):
            for name, path in pages.items():
                before = cpu_seconds(pids)
                output = subprocess.run(
                    ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "-H", "Accept-Encoding: br, gzip", f"http://{HOST}:{port}{path}"],
                    capture_output=True, text=True, check=True,
                ).stdout
                requests = int(re.search(r"(\d+) requests in", output).group(1))
                best[name] = min(best[name], (cpu_seconds(pids) - before) * 1e6 / requests)
        print(f"gunicorn, 1 worker, wrk -t1 -c{CONNECTIONS}, {seconds} s x best of {ROUNDS} rounds; worker CPU per request:")
        for name, path in pages.items():
            print(f"  {name:12} {best[name]:7.1f} µs/request  {path[:60]}")
        static = best["static file"]
        print(f"  ratio static/question {static / best['question']:.2f}, static/result {static / best['result']:.2f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    gunicorn = "--gunicorn" in sys.argv
    arguments = [a for a in sys.argv[1:] if a != "--gunicorn"]
    if gunicorn and not shutil.which("wrk"):
        raise SystemExit("--gunicorn needs wrk (scripts/ensure-system-packages.sh bench installs it)")
    n = int(arguments[0]) if arguments else (3 if gunicorn else 2000)
    workdir = tempfile.mkdtemp(prefix="hot-path-")
    use_redis = os.environ.get("HOT_PATH_CACHE", "redis" if shutil.which("redis-server") else "file") == "redis"
    redis_process, redis_port = start_redis(workdir) if use_redis else (None, None)
    try:
        env = environment(workdir, redis_port)
        prepare(env)
        if gunicorn:
            under_gunicorn(env, n)
            return
        os.environ.clear()
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        os.chdir(ROOT)
        from config.wsgi import application

        status, headers, body = request(application, "/fi/")
        assert status.startswith("200"), status
        if dict(headers).get("Content-Encoding") == "br":
            import brotli

            body = brotli.decompress(body)
        css = re.search(rb'href="(/static/css/portal\.[0-9a-f]+\.css)"', body).group(1).decode()
        pages = {**PAGES, "static file": css}
        for name, path in pages.items():
            for _ in range(3):  # render, store, then served from the cache
                status, headers, _ = request(application, path)
            assert status.startswith("200"), (name, status)
            header = dict(headers)
            if name != "static file":
                assert header.get("Cache-Control") == "no-store", (name, header)
                assert header.get("Content-Encoding") == "br", (name, header)

        cache = f"Redis on {HOST}:{redis_port}" if use_redis else "file cache"
        print(f"hot path, in process: {n} requests x best of {ROUNDS} rounds; production settings, {cache}, "
              f"SQLite {DB}; Accept-Encoding: br, gzip")
        timings = per_request_us(application, pages, n)
        for name, path in pages.items():
            cpu, wall = timings[name]
            print(f"  {name:12} CPU {cpu:7.1f} µs/request, wall {wall:7.1f} µs  {path[:60]}")
        static = timings["static file"][0]
        print(f"  ratio static/question (CPU) {static / timings['question'][0]:.2f}, "
              f"static/result {static / timings['result'][0]:.2f}")

        if PROFILE:
            profiler = cProfile.Profile(time.process_time)  # CPU time, as above
            profiler.enable()
            for _ in range(n):
                request(application, pages["question"])
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            print(f"\ncProfile (CPU time) of the question page, {n} requests, by cumulative time:")
            stats.sort_stats("cumulative").print_stats(30)
            print("\n".join(out.getvalue().splitlines()[:60]))
            out.seek(0)
            out.truncate()
            print("by own time:")
            stats.sort_stats("tottime").print_stats(25)
            print("\n".join(out.getvalue().splitlines()[:50]))
    finally:
        if redis_process is not None:
            redis_process.terminate()
            redis_process.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
