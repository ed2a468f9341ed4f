"""Entry point for the sign-in kiosk service that runs on each site's office box.

The front-door tablet talks to this service to record arrivals and
departures; it is started by systemd (see deploy/kiosk.service).
"""
import logging
import os

from kiosk import create_app

logging.basicConfig(
    level=os.environ.get("KIOSK_LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s %(message)s",
)

app = create_app(site_code=os.environ["KIOSK_SITE_CODE"])


def main() -> None:
    host = os.environ.get("KIOSK_BIND", "127.0.0.1")
    port = int(os.environ.get("KIOSK_PORT", "8080"))
    app.run(host=host, port=port, debug=True, use_reloader=False)


if __name__ == "__main__":
    main()
