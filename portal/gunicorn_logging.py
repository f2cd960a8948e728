"""gunicorn's error log without query strings (config/gunicorn.conf.py: logger_class).

gunicorn writes a malformed request line into its error log whole ("Invalid HTTP Version:
'GET /fi/eligibility/result/?jobseeker=laid_off x HTTP/1.1'"), and a failed request with its
URI; the questionnaires keep a citizen's answers in the query string. A request line split at a
space puts the rest of the query in the "version" ('x&jobseeker=laid_off HTTP/1.1'). So this
logger removes every quoted part of a message (gunicorn quotes what it read from the client) and
everything from a "?" to the next quote or line end. The access log logs the path only (%(U)s).
"""

import re

from gunicorn.glogging import Logger

QUERY = re.compile(r"\?[^'\"\n]*")
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
REMOVED = "[removed]"


def without_query(message, args) -> str:
    text = str(message)
    if args:
        try:
            text = text % args
        except (TypeError, ValueError):
            text = " ".join([text, *map(str, args)])
    return QUERY.sub("?" + REMOVED, QUOTED.sub(REMOVED, text))


class PathOnlyLogger(Logger):
    def critical(self, msg, *args, **kwargs):
        super().critical(without_query(msg, args), **kwargs)

    def error(self, msg, *args, **kwargs):
        super().error(without_query(msg, args), **kwargs)

    def warning(self, msg, *args, **kwargs):
        super().warning(without_query(msg, args), **kwargs)

    def info(self, msg, *args, **kwargs):
        super().info(without_query(msg, args), **kwargs)

    def debug(self, msg, *args, **kwargs):
        super().debug(without_query(msg, args), **kwargs)

    def exception(self, msg, *args, **kwargs):
        super().exception(without_query(msg, args), **kwargs)

    def log(self, lvl, msg, *args, **kwargs):
        super().log(lvl, without_query(msg, args), **kwargs)
