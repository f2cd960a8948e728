"""gunicorn's threaded worker with a receive timeout on every client socket (config/gunicorn.conf.py).

The threaded worker already parks a connection that has sent nothing, but one that sends part of
its headers and stops holds a thread until the client goes away. With SO_RCVTIMEO set when the
connection is handed to a thread, such a read fails after CLIENT_READ_TIMEOUT seconds (an OSError
the worker handles by closing the connection), so slow clients hold threads for that long at most.
Production runs behind nginx, which buffers whole requests (bench/nginx.conf.template).
"""

import os
import socket
import struct

from gunicorn.workers.gthread import ThreadWorker

# Seconds between two packets of one request (GUNICORN_CLIENT_READ_TIMEOUT; the tests shorten it).
CLIENT_READ_TIMEOUT = int(os.environ.get("GUNICORN_CLIENT_READ_TIMEOUT", "10"))


class ReadTimeoutThreadWorker(ThreadWorker):
    def enqueue_req(self, conn):
        try:
            conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack("ll", CLIENT_READ_TIMEOUT, 0))
        except OSError:
            pass  # the client has gone; the worker finds out itself
        super().enqueue_req(conn)
