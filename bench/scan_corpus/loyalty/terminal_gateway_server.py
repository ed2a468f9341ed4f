"""TLS server context for the store terminal gateway.

Terminals authenticate with device certificates issued by our store CA;
the gateway only accepts TLS 1.2 or newer.
"""
import os
import ssl
import socketserver

from loyalty.terminals import handle_frame

GATEWAY_TLS = {
    "cert": os.environ["GATEWAY_CERT"],
    "key": os.environ["GATEWAY_KEY"],
    "client_ca": os.environ["STORE_DEVICE_CA"],
    "min_version": ssl.TLSVersion.TLSv1_2,
}


def server_context(cfg: dict = GATEWAY_TLS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=cfg["client_ca"])
    ctx.minimum_version = cfg["min_version"]
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_cert_chain(cfg["cert"], cfg["key"])
    return ctx


class TerminalHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        peer_cert = self.connection.getpeercert()
        device_id = dict(x[0] for x in peer_cert["subject"]).get("commonName")
        for frame in self.rfile:
            reply = handle_frame(device_id, frame)
            self.wfile.write(reply)


class TLSGateway(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, addr, handler, context: ssl.SSLContext):
        super().__init__(addr, handler, bind_and_activate=False)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.server_bind()
        self.server_activate()


if __name__ == "__main__":
    port = int(os.environ.get("GATEWAY_PORT", "9443"))
    with TLSGateway(("", port), TerminalHandler, server_context()) as srv:
        srv.serve_forever()
