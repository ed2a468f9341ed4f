# Copyright {{ year }} {{ org_name }}
"""Who is calling: the claims of the bearer token sent with the request."""

from __future__ import annotations

from flask import g


def load_claims():
    """before_request hook of the /api blueprint.

    Should leave the token's claims in `g.claims`, or return a 401 response.
    """
    # TODO(PORTAL-212): read and check the bearer token.
    raise NotImplementedError


def current_claims() -> dict:
    return g.claims
