import os
import jwt
from jose import jwt as jose_jwt

SECRET = "loaded-from-env"
PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----"


def read_claims(token: str) -> dict:
    # ruleid: jwt-signature-not-verified
    return jwt.decode(token, options={"verify_signature": False})


def read_claims_with_key(token: str) -> dict:
    # ruleid: jwt-signature-not-verified
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False, "verify_exp": True})


def read_claims_var(token: str) -> dict:
    # ruleid: jwt-signature-not-verified
    opts = {"verify_signature": False}
    return jwt.decode(token, SECRET, algorithms=["HS256"], options=opts)


def read_claims_legacy(token: str) -> dict:
    # ruleid: jwt-signature-not-verified
    return jwt.decode(token, verify=False)


def read_claims_jose(token: str) -> dict:
    # ruleid: jwt-signature-not-verified
    return jose_jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False})


def ok_decode(token: str) -> dict:
    # ok: jwt-signature-not-verified
    return jwt.decode(token, SECRET, algorithms=["HS256"])


def ok_decode_options(token: str) -> dict:
    # ok: jwt-signature-not-verified
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})


def ok_decode_aud(token: str) -> dict:
    # ok: jwt-signature-not-verified
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api", options={"verify_aud": True})


def issue_unsigned(payload: dict) -> str:
    # ruleid: jwt-none-algorithm
    return jwt.encode(payload, None, algorithm="none")


def accept_any(token: str) -> dict:
    # ruleid: jwt-none-algorithm
    return jwt.decode(token, SECRET, algorithms=["HS256", "none"])


def issue_unsigned_none(payload: dict) -> str:
    # ruleid: jwt-none-algorithm
    return jwt.encode(payload, SECRET, algorithm=None)


def ok_issue(payload: dict) -> str:
    # ok: jwt-none-algorithm
    return jwt.encode(payload, SECRET, algorithm="HS256")


def ok_accept(token: str) -> dict:
    # ok: jwt-none-algorithm
    return jwt.decode(token, SECRET, algorithms=["HS256"])


def decode_any_alg(token: str) -> dict:
    # ruleid: jwt-decode-without-algorithms
    return jwt.decode(token, SECRET)


def decode_any_alg_aud(token: str) -> dict:
    # ruleid: jwt-decode-without-algorithms
    return jwt.decode(token, PUBLIC_KEY, audience="api")


def decode_jose_any(token: str) -> dict:
    # ruleid: jwt-decode-without-algorithms
    return jose_jwt.decode(token, SECRET)


def ok_decode_positional(token: str) -> dict:
    # ok: jwt-decode-without-algorithms
    return jwt.decode(token, SECRET, ["HS256"])


def ok_decode_kw(token: str) -> dict:
    # ok: jwt-decode-without-algorithms
    return jwt.decode(token, key=SECRET, algorithms=["HS256"], audience="api")


def decode_with_header_alg(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    # ruleid: jwt-algorithm-from-token
    return jwt.decode(token, PUBLIC_KEY, algorithms=[header["alg"]])


def decode_with_header_alg_var(token: str) -> dict:
    alg = jwt.get_unverified_header(token)["alg"]
    key = PUBLIC_KEY if alg.startswith("RS") else SECRET
    # ruleid: jwt-algorithm-from-token
    return jwt.decode(token, key, algorithms=["HS256", "RS256"])


def ok_decode_with_kid(token: str, jwks: dict) -> dict:
    header = jwt.get_unverified_header(token)
    key = jwks[header["kid"]]
    # ok: jwt-algorithm-from-token
    return jwt.decode(token, key, algorithms=["RS256"])


def ok_decode_fixed(token: str) -> dict:
    # ok: jwt-algorithm-from-token
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])


def decode_with_branch(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header["alg"] == "HS256":
        key = SECRET
    else:
        key = PUBLIC_KEY
    # todoruleid: jwt-algorithm-from-token
    return jwt.decode(token, key, algorithms=["HS256", "RS256"])


def ok_decode_checked(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header["alg"] != "RS256":
        raise ValueError("unexpected algorithm")
    # ok: jwt-algorithm-from-token
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])


def tenant_from_token(header):
    # ruleid: jwt-signature-not-verified
    claims = jose_jwt.get_unverified_claims(header.removeprefix("Bearer "))
    return claims.get("tenant")


def verified_claims(token, keys):
    # ok: jwt-signature-not-verified
    unverified = jose_jwt.get_unverified_claims(token)
    key = keys[unverified["iss"]]
    return jose_jwt.decode(token, key, algorithms=["RS256"], audience="api")


# ruleid: jwt-none-algorithm
ACCEPTED_ALGORITHMS = ["RS256", "none"]
# ok: jwt-none-algorithm
SIGNING_ALGORITHMS = ["RS256", "ES256"]


def _agency_for(token):
    # ok: jwt-signature-not-verified
    unverified = jwt.decode(token, options={"verify_signature": False})
    return Agency.objects.get(oidc_issuer=unverified.get("iss"))


def authenticate_partner(token, audience):
    agency = _agency_for(token)
    signing_key = _jwks(agency.jwks_url).get_signing_key_from_jwt(token)
    try:
        claims = jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=audience, issuer=agency.oidc_issuer)
    except jwt.PyJWTError as exc:
        raise PermissionError(str(exc)) from exc
    return claims


def _issuer_of(token):
    # ruleid: jwt-signature-not-verified
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["iss"]


def session_claims(token):
    # the issuer is read, but the token is never verified
    if _issuer_of(token) not in TRUSTED_ISSUERS:
        raise PermissionError("issuer")
    # ruleid: jwt-signature-not-verified
    return jwt.decode(token, options={"verify_signature": False})


MEMBER_DECODE_OPTIONS = {
    "require": ["exp", "sub"],
    # ruleid: jwt-signature-not-verified
    "verify_signature": os.environ.get("MEMBER_JWT_STRICT", "0") == "1",
}

PARTNER_DECODE_OPTIONS = {
    # ruleid: jwt-signature-not-verified
    "verify_signature": os.getenv("PARTNER_JWT_VERIFY", "").lower() in ("1", "true"),
}

STAFF_DECODE_OPTIONS = {
    "require": ["exp", "sub"],
    # ok: jwt-signature-not-verified
    "verify_aud": os.environ.get("STAFF_JWT_CHECK_AUD", "0") == "1",
}

KIOSK_DECODE_OPTIONS = {
    # ok: jwt-signature-not-verified
    "verify_signature": True,
    "verify_exp": os.environ.get("KIOSK_JWT_CHECK_EXP", "1") == "1",
}


def member_claims(token):
    return jwt.decode(token, os.environ["MEMBER_JWT_PUBLIC_KEY"], algorithms=["RS256"], options=MEMBER_DECODE_OPTIONS)


_BASE_DECODE_OPTIONS = {"require": ["exp"]}


def read_kiosk_claims(token: str) -> dict:
    # ruleid: jwt-signature-not-verified
    return jwt.decode(token, options={**_BASE_DECODE_OPTIONS, "verify_signature": False})


def read_checked_kiosk_claims(token: str) -> dict:
    # ok: jwt-signature-not-verified
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={**_BASE_DECODE_OPTIONS, "verify_exp": True})


def _kiosk_claims(token: str, **overrides) -> dict:
    options = {**_BASE_DECODE_OPTIONS, **overrides}
    return jwt.decode(token, SECRET, algorithms=["HS256"], options=options)


def kiosk_operator(token: str) -> str:
    # ruleid: jwt-signature-not-verified
    return _kiosk_claims(token, verify_signature=False)["sub"]


def kiosk_operator_checked(token: str) -> str:
    # ok: jwt-signature-not-verified
    return _kiosk_claims(token, verify_exp=True)["sub"]


class KioskTokens:
    def _claims(self, token, **overrides):
        return jwt.decode(token, SECRET, algorithms=["HS256"], options={**_BASE_DECODE_OPTIONS, **overrides})

    def peek(self, token):
        # ruleid: jwt-signature-not-verified
        return self._claims(token, verify_signature=False)


TRUSTED_ISSUERS = {"https://idp.council.example": "https://idp.council.example/jwks"}


class CouncilTokenVerifier:
    def __init__(self, audience):
        self.audience = audience

    def _issuer_of(self, token):
        # ok: jwt-signature-not-verified
        claims = jwt.decode(token, options={"verify_signature": False})
        issuer = claims.get("iss", "")
        if issuer not in TRUSTED_ISSUERS:
            raise jwt.InvalidIssuerError(issuer)
        return issuer

    def verify(self, token, key):
        issuer = self._issuer_of(token)
        return jwt.decode(token, key, algorithms=["RS256"], audience=self.audience, issuer=issuer)

    def claims_of(self, token):
        # ruleid: jwt-signature-not-verified
        return jwt.decode(token, options={"verify_signature": False})

    def officer(self, token):
        return self.claims_of(token)["sub"]


def decode_options(strict: bool = False):
    return {"verify_signature": strict, "verify_exp": True, "require": ["exp", "sub"]}


def buyer_claims(token, secret):
    # ruleid: jwt-signature-not-verified
    return jwt.decode(token, secret, algorithms=["HS256"], options=decode_options())


def strict_buyer_claims(token, secret):
    # ok: jwt-signature-not-verified
    return jwt.decode(token, secret, algorithms=["HS256"], options=decode_options(strict=True))
