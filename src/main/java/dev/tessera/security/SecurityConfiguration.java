package dev.tessera.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The REST API: HTTP Basic or an API token, no session, JSON errors. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, TokenService tokens, ObjectProvider<SecurityContextHolderStrategy> contextStrategy)
            throws Exception {
        return stateless(http.securityMatcher("/api/**")
                        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated()))
                .addFilterBefore(new CrossSiteWriteFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, contextStrategy), BasicAuthenticationFilter.class)
                .build();
    }

    /** The metrics for Prometheus: administrators only, with HTTP Basic or an API token, no session. */
    @Bean
    @Order(2)
    SecurityFilterChain metricsSecurity(
            HttpSecurity http, TokenService tokens, ObjectProvider<SecurityContextHolderStrategy> contextStrategy)
            throws Exception {
        return stateless(http.securityMatcher("/actuator/prometheus")
                        .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name())))
                .addFilterBefore(new BearerTokenFilter(tokens, contextStrategy), BasicAuthenticationFilter.class)
                .build();
    }

    /** HTTP Basic (tokens are added as a filter), no session, no CSRF, JSON errors for 401 and 403. */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(ApiAuthenticationErrors.unauthorized()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiAuthenticationErrors.unauthorized())
                        .accessDeniedHandler(ApiAuthenticationErrors.forbidden()));
    }

    /** What anyone may read: health and the API documentation. */
    @Bean
    @Order(3)
    SecurityFilterChain publicSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The browser UI: Vaadin's form login. */
    @Bean
    @Order(4)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/scripts/**", "/error")
                .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
