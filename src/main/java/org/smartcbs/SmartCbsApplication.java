package org.smartcbs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The SMART CBS application configuration. The process starts in {@code org.smartcbs.cli.Main}, whose commands
 * start this application on the database they work on.
 */
@SpringBootApplication
public class SmartCbsApplication {
}
