"""gunicorn settings shared by `make run`, the benchmark and production.

The access log records the path without the query string (%(U)s), and the
error log drops it too (logger_class): the questionnaires keep a citizen's
answers in the query string, and they must never reach a log.
"""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Production runs behind nginx (bench/nginx.conf.template), which buffers slow clients. `make run`
# serves directly: threaded workers park a connection that has sent nothing, serve with their
# other threads while slow clients hold some, and drop a client silent for 10 s
# (portal/gunicorn_worker.py); a slow client would hold a sync worker for `timeout` seconds.
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "portal.gunicorn_worker.ReadTimeoutThreadWorker")
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
timeout = 30
graceful_timeout = 20
keepalive = 5
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
# The error log without query strings, malformed request lines included (portal/gunicorn_logging.py).
logger_class = "portal.gunicorn_logging.PathOnlyLogger"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn 27 opens a control socket in $HOME by default; several instances on one
# host would fight over it, and the portal does not use it.
control_socket_disable = True
