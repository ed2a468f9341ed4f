"""TLS settings shared by the EDI sender and the MDN receiver."""
import ssl

from edi.config import settings


def client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.AS2_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if settings.AS2_CLIENT_CERT:
        ctx.load_cert_chain(settings.AS2_CLIENT_CERT, settings.AS2_CLIENT_KEY)
    return ctx


def server_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.MDN_SERVER_CERT, settings.MDN_SERVER_KEY)
    if settings.MDN_REQUIRE_CLIENT_CERT:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(cafile=settings.AS2_CA_BUNDLE)
    return ctx
