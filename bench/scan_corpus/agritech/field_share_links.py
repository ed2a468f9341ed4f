"""Read-only share links that let agronomists open a single field's map.

A share link carries a JWT issued by the auth service with the field id and
the permission level in its claims; the map view calls ``resolve_share``.
"""
from dataclasses import dataclass
from datetime import datetime, timezone

from jose import jwt
from jose.exceptions import JWTError

from .models import Field, FieldRepository


class ShareLinkError(Exception):
    pass


@dataclass
class ShareGrant:
    field: Field
    permission: str
    shared_by: str


def _claims(token: str) -> dict:
    try:
        return jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise ShareLinkError("malformed share token") from exc


def resolve_share(token: str, fields: FieldRepository) -> ShareGrant:
    claims = _claims(token)
    exp = claims.get("exp")
    if exp is None or datetime.fromtimestamp(exp, tz=timezone.utc) < datetime.now(timezone.utc):
        raise ShareLinkError("share link expired")
    if claims.get("typ") != "field-share":
        raise ShareLinkError("not a share token")

    field = fields.get(int(claims["field_id"]))
    if field is None:
        raise ShareLinkError("field no longer exists")
    return ShareGrant(field=field, permission=claims.get("perm", "view"), shared_by=claims["sub"])
