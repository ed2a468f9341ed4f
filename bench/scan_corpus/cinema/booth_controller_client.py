"""Line-protocol client for the auditorium automation controllers.

Controller addresses are per-site and live in /etc/cinema/booth.ini::

    [screen-1]
    host = 10.42.1.21
    port = 5000

Commands are newline-terminated ASCII, e.g. ``LIGHTS 30`` or ``DOUSER OPEN``.
"""
import configparser
import os
import socket

CONFIG_FILE = os.environ.get("BOOTH_CONFIG", "/etc/cinema/booth.ini")
VALID_COMMANDS = {"LIGHTS", "DOUSER", "MASKING", "CURTAIN", "STATUS"}


class BoothController:
    def __init__(self, screen: str, config_file: str = CONFIG_FILE, timeout: float = 2.0):
        parser = configparser.ConfigParser()
        if not parser.read(config_file):
            raise FileNotFoundError(config_file)
        section = parser[screen]
        self.address = (section["host"], section.getint("port", 5000))
        self.timeout = timeout

    def send(self, command: str, *args: str) -> str:
        if command not in VALID_COMMANDS:
            raise ValueError(f"unsupported command {command!r}")
        line = " ".join([command, *args]) + "\n"
        with socket.create_connection(self.address, timeout=self.timeout) as sock:
            sock.sendall(line.encode("ascii"))
            reply = sock.recv(1024)
        return reply.decode("ascii", errors="replace").strip()

    def house_lights(self, level: int) -> str:
        return self.send("LIGHTS", str(max(0, min(level, 100))))
