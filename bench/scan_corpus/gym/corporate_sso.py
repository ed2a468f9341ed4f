"""SSO for corporate-wellness members logging in with their employer IdP.

Each employer IdP is registered with its JWKS URL; the ``kid`` in the token
header picks the signing key.
"""
import jwt
from jwt import PyJWKClient

from .models import EmployerIdp


class SsoError(Exception):
    pass


_jwks_clients: dict[str, PyJWKClient] = {}


def _jwks_client(idp: EmployerIdp) -> PyJWKClient:
    client = _jwks_clients.get(idp.jwks_url)
    if client is None:
        client = _jwks_clients[idp.jwks_url] = PyJWKClient(idp.jwks_url, cache_keys=True)
    return client


def verify_id_token(token: str, idp: EmployerIdp) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in idp.allowed_algorithms:
        raise SsoError("unexpected signing algorithm")
    signing_key = _jwks_client(idp).get_signing_key(header["kid"])
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=idp.allowed_algorithms,
            audience=idp.client_id,
            issuer=idp.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.InvalidTokenError as exc:
        raise SsoError(str(exc)) from exc


def employee_ref_from_token(token: str, idp: EmployerIdp) -> str:
    claims = verify_id_token(token, idp)
    return claims.get("employee_id") or claims["sub"]
