package org.smartcbs.cli;

/** The entry point of {@code smart-cbs.jar}: the command line, of which {@code serve} starts the server. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SmartCbsCommand.execute(args));
    }
}
