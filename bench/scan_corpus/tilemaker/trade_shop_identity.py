"""Identity-provider tokens for the trade shop API.

Trade customers sign in through the identity provider; the shop API
accepts its RS256 access tokens. Signing keys rotate, so the key id in the
token header selects which published key the token is checked against.
"""
import jwt
from jwt import PyJWKClient

from tilemaker.settings import settings

_jwks = PyJWKClient(settings.idp_jwks_url, cache_keys=True, lifespan=3600)

TRADE_ACCOUNT_CLAIM = "https://tiles.example/trade_account"


class TradeTokenError(Exception):
    pass


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256" or "kid" not in header:
        raise TradeTokenError("unsupported token header")
    return _jwks.get_signing_key(header["kid"]).key


def trade_claims(token: str) -> dict:
    try:
        key = _signing_key(token)
        return jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            audience=settings.idp_audience,
            issuer=settings.idp_issuer,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except (jwt.PyJWTError, KeyError) as exc:
        raise TradeTokenError(str(exc)) from exc


def trade_account_id(token: str) -> int:
    claims = trade_claims(token)
    account = claims.get(TRADE_ACCOUNT_CLAIM)
    if account is None:
        raise TradeTokenError("token has no trade account")
    return int(account)
