"""Command-line launcher for the search API."""
import argparse
import os

import uvicorn


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Run the search API")
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
    parser.add_argument("--verbose", action="store_true", help="log at debug level")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    uvicorn.run(
        "search_api.main:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="debug" if args.verbose else "info",
        proxy_headers=True,
        forwarded_allow_ips=os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        reload=False,
    )


if __name__ == "__main__":
    main()
