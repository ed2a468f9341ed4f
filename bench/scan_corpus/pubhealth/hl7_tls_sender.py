"""Sends HL7 v2 messages over MLLP/TLS to the lab information system."""
import socket
import ssl

SB, EB, CR = b"\x0b", b"\x1c", b"\x0d"


def client_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def send(host: str, port: int, message: str, ca_file: str, timeout: float = 10.0) -> str:
    ctx = client_context(ca_file)
    frame = SB + message.replace("\n", "\r").encode("utf-8") + EB + CR
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(frame)
            ack = b""
            while EB not in ack:
                chunk = tls.recv(4096)
                if not chunk:
                    break
                ack += chunk
    return ack.strip(SB).split(EB)[0].decode("utf-8", errors="replace")
