package id.satupintu.organisation.web;

import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/** The agencies of the caller's tenant (the signed-in principal's, else the host's). */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Organisation", description = "Agencies (perangkat daerah) and kecamatan/kelurahan offices of the tenant")
class AgencyApi {

    private final Organisation organisation;

    AgencyApi(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "List the tenant's agencies (public)")
    List<AgencyResource> list(TenantId tenant,
                              @Parameter(description = "only agencies of this kind") @RequestParam(required = false) @Nullable AgencyKind kind) {
        return organisation.agencies(tenant).stream()
                .filter(agency -> kind == null || agency.kind() == kind)
                .map(AgencyResource::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency of the tenant (public); 404 for an id of another tenant")
    AgencyResource one(TenantId tenant, @PathVariable UUID id) {
        return organisation.agency(tenant, id).map(AgencyResource::of)
                .orElseThrow(() -> new NotFoundException("Agency", id));
    }

    @PostMapping
    @Operation(summary = "Create an agency (ADMIN); 409 when the code is taken")
    ResponseEntity<AgencyResource> create(TenantId tenant, @Valid @RequestBody AgencyRequests.Create request) {
        AgencyResource created = AgencyResource.of(organisation.createAgency(tenant, request.toNewAgency()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an agency (ADMIN); send the version you read, 409 when it is stale")
    AgencyResource update(TenantId tenant, @PathVariable UUID id, @Valid @RequestBody AgencyRequests.Update request) {
        return AgencyResource.of(organisation.updateAgency(tenant, id, request.toChange(), request.expectedVersion()));
    }
}
