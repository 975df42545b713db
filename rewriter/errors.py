"""The one error type users see: bad input or options, reported as one line and exit code 2."""

from __future__ import annotations


class UsageError(ValueError):
    """Bad input or options: empty goal, undecodable bytes, an unknown language, a bad date.

    The CLI prints ``smartgoal: error: <message>`` on one line and exits with code 2; the Python
    API lets it propagate, so a caller can tell a bad request from a goal that misses criteria.
    """
