"""Password storage for user accounts.

``routes.register`` stores whatever ``hash_password`` returns in ``users.password_hash``
(a TEXT column); ``routes.login`` passes that value back to ``verify_password``.
"""


def hash_password(password: str) -> str:
    """Return the value to store for ``password``."""
    raise NotImplementedError("password storage is not wired up yet")


def verify_password(password: str, stored: str) -> bool:
    """Return True when ``password`` matches ``stored`` (a value from ``hash_password``)."""
    raise NotImplementedError("password storage is not wired up yet")
