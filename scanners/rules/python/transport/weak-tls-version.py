from dataclasses import dataclass
import ssl

import urllib3
from OpenSSL import SSL

# ruleid: weak-tls-version
legacy_ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
# ruleid: weak-tls-version
legacy_ctx11 = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1)
# ruleid: weak-tls-version
pool = urllib3.PoolManager(ssl_version=ssl.PROTOCOL_SSLv3)
# ruleid: weak-tls-version
openssl_ctx = SSL.Context(SSL.TLSv1_METHOD)


def client_context():
    ctx = ssl.create_default_context()
    # ruleid: weak-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def compat_context():
    ctx = ssl.create_default_context()
    # ruleid: weak-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_1
    # ruleid: weak-tls-version
    ctx.options &= ~ssl.OP_NO_TLSv1
    return ctx


def ok_context():
    ctx = ssl.create_default_context()
    # ok: weak-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: weak-tls-version
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    # ok: weak-tls-version
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    return ctx


# ok: weak-tls-version
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
# ok: weak-tls-version
openssl_ok = SSL.Context(SSL.TLS_METHOD)


# ruleid: weak-tls-version
LEGACY_MIN_TLS = ssl.TLSVersion.TLSv1_1


def legacy_context(min_version=LEGACY_MIN_TLS):
    ctx = ssl.create_default_context()
    ctx.minimum_version = min_version
    return ctx


def audit(ctx):
    # ok: weak-tls-version
    if ctx.minimum_version < ssl.TLSVersion.TLSv1_2:
        raise ValueError("TLS below 1.2 is not allowed")


@dataclass
class PartnerFeedEndpoint:
    host: str
    port: int
    # ruleid: weak-tls-version
    min_tls: str = "TLSv1"


@dataclass
class JourneyPlannerEndpoint:
    host: str
    port: int
    # ok: weak-tls-version
    min_tls: str = "TLSv1_2"


REFUSED_VERSIONS = {"TLSv1", "TLSv1_1"}


def partner_context(endpoint):
    if endpoint.min_tls in REFUSED_VERSIONS:
        raise ValueError(endpoint.min_tls)
    if endpoint.min_tls == "SSLv3":
        raise ValueError("SSLv3")
    ctx = ssl.create_default_context()
    ctx.minimum_version = getattr(ssl.TLSVersion, endpoint.min_tls)
    return ctx
