package dev.techgraph.api.error;

/** Neo4j status codes the service answers alike wherever a query ran: stopped at the time or memory limit. */
public final class Neo4jCodes {

    private Neo4jCodes() {
    }

    /** The transaction ran past its time limit, or was terminated (by the limit or a watchdog). */
    public static boolean stoppedByTime(String code) {
        return code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
                || code.equals("Neo.TransientError.Transaction.Terminated")
                || code.equals("Neo.ClientError.Transaction.Terminated");
    }

    /** The query needed more memory than a transaction, or the server, allows. */
    public static boolean stoppedByMemory(String code) {
        return code.equals("Neo.TransientError.General.MemoryPoolOutOfMemoryError")
                || code.startsWith("Neo.TransientError.General.TransactionMemoryLimit");
    }
}
