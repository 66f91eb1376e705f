/**
 * Browser tests of the page at {@code /}: Selenium drives Debian's headless Chromium against the running
 * service. They skip, saying why, where no Chromium or chromedriver is installed.
 */
package dev.techgraph.api.ui;
