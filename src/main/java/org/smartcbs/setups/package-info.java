/**
 * Substations, feeders and areas that consumers are connected to.
 */

package org.smartcbs.setups;
