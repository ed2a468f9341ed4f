"""Mutual-TLS control channel to the IP audio codecs on the studio-transmitter link."""
import json
import os
import socket
import ssl

CODEC_CA = os.environ.get("CODEC_CA_FILE", "/etc/broadcast/pki/stl-ca.pem")
CLIENT_CERT = os.environ.get("CODEC_CLIENT_CERT", "/etc/broadcast/pki/playout-client.pem")
CLIENT_KEY = os.environ.get("CODEC_CLIENT_KEY", "/etc/broadcast/pki/playout-client.key")


def codec_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_verify_locations(cafile=CODEC_CA)
    ctx.load_cert_chain(certfile=CLIENT_CERT, keyfile=CLIENT_KEY)
    return ctx


class CodecLink:
    """Sends JSON-lines commands (connect, disconnect, set profile) to one codec."""

    def __init__(self, host: str, port: int = 9443, timeout: float = 5.0) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self._ctx = codec_context()

    def send(self, command: str, **args) -> dict:
        line = json.dumps({"command": command, "args": args}).encode() + b"\n"
        with socket.create_connection((self.host, self.port), timeout=self.timeout) as sock:
            with self._ctx.wrap_socket(sock, server_hostname=self.host) as tls:
                tls.sendall(line)
                reply = json.loads(tls.makefile("rb").readline())
        if not reply.get("ok"):
            raise RuntimeError(f"{self.host}: {command} failed: {reply.get('error')}")
        return reply

    def set_profile(self, profile: str) -> dict:
        return self.send("set_profile", name=profile)

    def dial(self, remote_uri: str) -> dict:
        return self.send("connect", uri=remote_uri)
