"""TLS settings for the public gRPC-Web gateway listener."""
import os
import ssl

CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20"


def server_context(cert_file: str | None = None, key_file: str | None = None) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(CIPHERS)
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    ctx.load_cert_chain(
        cert_file or os.environ["GATEWAY_TLS_CERT"],
        key_file or os.environ["GATEWAY_TLS_KEY"],
    )
    return ctx


def client_auth_context(ca_file: str) -> ssl.SSLContext:
    """Context for the admin port, which requires client certificates."""
    ctx = server_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(cafile=ca_file)
    return ctx
