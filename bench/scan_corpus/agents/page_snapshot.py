"""Slack slash command `/snapshot <url> [title]`: screenshot a page and post it as a PDF."""
import os
import subprocess
from pathlib import Path

from playwright.sync_api import sync_playwright
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
OUTPUT_DIR = Path(os.environ.get("SNAPSHOT_DIR", "/var/tmp/snapshots"))


def capture(url: str, png_path: Path) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch()
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(url, wait_until="networkidle", timeout=30_000)
        page.screenshot(path=str(png_path), full_page=True)
        browser.close()


@app.command("/snapshot")
def snapshot(ack, command, client):
    ack()
    parts = command["text"].split(maxsplit=1)
    url = parts[0]
    title = parts[1] if len(parts) > 1 else "snapshot"
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    png_path = OUTPUT_DIR / f"{command['trigger_id']}.png"
    pdf_path = png_path.with_suffix(".pdf")
    capture(url, png_path)
    subprocess.run(f'img2pdf {png_path} -o {pdf_path} --title "{title}"', shell=True, check=True)
    client.files_upload_v2(channel=command["channel_id"], file=str(pdf_path), title=title)


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", "3000")))
