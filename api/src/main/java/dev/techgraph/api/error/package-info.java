/** One JSON error body for every error the API returns; no stack trace ever reaches a client. */
package dev.techgraph.api.error;
