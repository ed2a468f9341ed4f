import jwt
from flask import abort

ALLOWED_ALGS = ("RS256", "ES256")


def claims_after_allow_list(token, jwks):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        abort(401)
    key = jwks.get_signing_key_from_jwt(token).key
    # ok: jwt-algorithm-from-token
    return jwt.decode(token, key, algorithms=[header["alg"]], audience="portal")


def claims_after_subscript_check(token, key):
    header = jwt.get_unverified_header(token)
    if header["alg"] not in {"RS256"}:
        raise PermissionError("unexpected algorithm")
    # ok: jwt-algorithm-from-token
    return jwt.decode(token, key, algorithms=[header["alg"]])


def claims_after_variable_check(token, key):
    alg = jwt.get_unverified_header(token).get("alg")
    if alg not in ALLOWED_ALGS:
        raise PermissionError(alg)
    # ok: jwt-algorithm-from-token
    return jwt.decode(token, key, algorithms=[alg])


def claims_checked_after_decode(token, key):
    header = jwt.get_unverified_header(token)
    # ruleid: jwt-algorithm-from-token
    claims = jwt.decode(token, key, algorithms=[header["alg"]])
    if header.get("alg") not in ALLOWED_ALGS:
        abort(401)
    return claims


def claims_other_header_checked(token, key):
    header = jwt.get_unverified_header(token)
    if header.get("kid") not in ("a", "b"):
        abort(401)
    # ruleid: jwt-algorithm-from-token
    return jwt.decode(token, key, algorithms=[header["alg"]])


def claims_variable_checked_elsewhere(token, key):
    alg = jwt.get_unverified_header(token).get("alg")
    kid = jwt.get_unverified_header(token).get("kid")
    if kid not in ALLOWED_ALGS:
        raise PermissionError(kid)
    # ruleid: jwt-algorithm-from-token
    return jwt.decode(token, key, algorithms=[alg])
