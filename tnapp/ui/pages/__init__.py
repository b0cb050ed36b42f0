"""One module per work area; the main window imports each on first show."""
