"""TLS-wrapped MLLP listener that receives ADT and ORU messages from lab analysers."""
import socket
import ssl
import logging

log = logging.getLogger("mllp")

START_BLOCK = b"\x0b"
END_BLOCK = b"\x1c\x0d"


def build_context(cert_file: str, key_file: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_cert_chain(cert_file, key_file)
    return ctx


def _read_message(conn: ssl.SSLSocket) -> bytes:
    buf = b""
    while END_BLOCK not in buf:
        chunk = conn.recv(4096)
        if not chunk:
            break
        buf += chunk
    return buf.strip(START_BLOCK).split(END_BLOCK)[0]


def serve(host: str, port: int, cert_file: str, key_file: str, handler) -> None:
    ctx = build_context(cert_file, key_file)
    with socket.create_server((host, port)) as srv:
        with ctx.wrap_socket(srv, server_side=True) as tls:
            while True:
                conn, addr = tls.accept()
                with conn:
                    msg = _read_message(conn)
                    log.info("received %d bytes from %s", len(msg), addr[0])
                    ack = handler(msg)
                    conn.sendall(START_BLOCK + ack + END_BLOCK)
