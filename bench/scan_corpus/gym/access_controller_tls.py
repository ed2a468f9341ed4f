"""Mutual-TLS connection from the club edge box to the door access controllers."""
import json
import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class TlsFiles:
    ca_file: str
    client_cert: str
    client_key: str


def controller_context(files: TlsFiles) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=files.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(files.client_cert, files.client_key)
    return ctx


def send_command(host: str, port: int, ctx: ssl.SSLContext, command: dict, timeout: float = 3.0) -> dict:
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(json.dumps(command).encode() + b"\n")
            reply = b""
            while not reply.endswith(b"\n"):
                chunk = tls.recv(4096)
                if not chunk:
                    break
                reply += chunk
    return json.loads(reply or b"{}")


def unlock_door(host: str, ctx: ssl.SSLContext, door_id: int, seconds: int = 5) -> bool:
    reply = send_command(host, 6443, ctx, {"cmd": "unlock", "door": door_id, "hold": seconds})
    return reply.get("status") == "ok"
