#!/usr/bin/env bash
# Makes Debian's chromium available for the report's browser tests (mvn -Pbrowser).
# Exit 0 when chromium is there (already, or installed now); otherwise exit 1 after saying why.
set -u
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "browser tests skipped: chromium is not installed and installing it needs root (apt-get install chromium)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser tests skipped: chromium is not installed and there is no apt-get to install it" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -qq >/dev/null 2>&1; then
  echo "browser tests skipped: apt-get update failed, so chromium cannot be installed" >&2
  exit 1
fi
if ! apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; then
  echo "browser tests skipped: apt-get install chromium failed" >&2
  exit 1
fi
command -v chromium >/dev/null 2>&1
