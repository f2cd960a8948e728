"""Whether the code runs inside a database transaction that has not committed yet."""

from django.db import transaction


def in_uncommitted_transaction(using: str | None = None) -> bool:
    """True inside any `transaction.atomic` block (a history preview, a save, a revert).

    What is read there may still be rolled back, so it must not reach anything shared: the
    data snapshot or the page cache. The transaction that Django's TestCase wraps around
    each test does not count (Django marks it `_from_testcase`); tests/admin/test_revert_safety.py
    fails if Django stops doing so.
    """
    connection = transaction.get_connection(using)
    return any(not getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)
